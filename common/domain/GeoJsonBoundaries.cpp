#include "domain/GeoJsonBoundaries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace gridsafe {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

bool isDivisionCode(const QString &code)
{
    if (code.size() != 12)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A code written as a JSON number (as spreadsheets and some GIS tools export it) is read as
// its digits; anything else that is not text is kept as text for the error to show.
QString codeText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < 1e15 && std::floor(number) == number)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    return value.toString().trimmed();
}

// The file's coordinate reference system, from its "crs" member (GeoJSON 2008; RFC 7946
// dropped it and means WGS-84, but Chinese GIS tools still write it for CGCS2000).
Result<QString> crsName(const QJsonObject &root)
{
    const QJsonValue crs = root.value(QLatin1String("crs"));
    if (crs.isUndefined() || crs.isNull())
        return QString::fromLatin1(kCrsWgs84);
    const QString name = crs.toObject()
                             .value(QLatin1String("properties"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString()
                             .trimmed();
    // "EPSG:4490", "urn:ogc:def:crs:EPSG::4490", "urn:ogc:def:crs:OGC:1.3:CRS84", …
    static const QRegularExpression epsg(QStringLiteral("EPSG:(?:[0-9.]*:)?([0-9]+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString code = epsg.match(name).captured(1);
    if (code == QLatin1String("4326") || name.endsWith(QLatin1String("CRS84"), Qt::CaseInsensitive))
        return QString::fromLatin1(kCrsWgs84);
    if (code == QLatin1String("4490"))
        return QString::fromLatin1(kCrsCgcs2000);
    const QString shown = name.isEmpty() ? QString::fromUtf8(
                              QJsonDocument(QJsonArray{crs}).toJson(QJsonDocument::Compact).mid(1).chopped(1))
                                         : name;
    return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                               "The file's coordinate reference system “%1” is not "
                                               "accepted: coordinates must be longitude and latitude in "
                                               "WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490).")
                       .arg(shown.left(80)));
}

class Reader
{
public:
    explicit Reader(QString crs) : m_crs(std::move(crs)) {}
    Result<QList<RegionBoundary>> read(const QJsonArray &features);

private:
    std::optional<Error> readFeature(const QJsonValue &value, int number);
    std::optional<Error> readGeometry(const QJsonObject &geometry, RegionBoundary &boundary);
    std::optional<Error> readPolygon(const QJsonValue &polygon, RegionBoundary &boundary);
    std::optional<Error> readRing(const QJsonValue &ring, RegionBoundary &boundary);

    QString m_crs;
    QList<RegionBoundary> m_boundaries;
    QHash<QString, int> m_byTownAndName; // "town\nname" → 1-based feature number
    QHash<QString, int> m_byCode;
    QString m_subject; // "Feature 3 (横林镇 崔桥村)", for the messages
    qsizetype m_featurePositions = 0;
    qsizetype m_allPositions = 0;
};

Result<QList<RegionBoundary>> Reader::read(const QJsonArray &features)
{
    m_boundaries.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (std::optional<Error> error = readFeature(features.at(i), int(i + 1)))
            return *error;
    }
    return m_boundaries;
}

std::optional<Error> Reader::readFeature(const QJsonValue &value, int number)
{
    const QJsonObject feature = value.toObject();
    if (!value.isObject() || feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "Feature %1 is not a GeoJSON Feature (an object with "
                                                   "\"type\": \"Feature\").")
                           .arg(number));
    const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
    RegionBoundary boundary;
    boundary.crs = m_crs;
    boundary.name = properties.value(QLatin1String("name")).toString().trimmed();
    boundary.townName = properties.value(QLatin1String("town")).toString().trimmed();
    boundary.code = codeText(properties.value(QLatin1String("code")));
    if (boundary.name.isEmpty())
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "Feature %1 has no name: properties.name must give the "
                                                   "name of the village, community or park.")
                           .arg(number));
    const QString place =
        boundary.townName.isEmpty() ? boundary.name : boundary.townName + QLatin1Char(' ') + boundary.name;
    // One arg() call for all user text: a name holding "%1" must not take another's place.
    m_subject = QCoreApplication::translate("GeoJsonBoundaries", "Feature %1 (%2)")
                    .arg(QString::number(number), place);

    if (!boundary.code.isEmpty() && !isDivisionCode(boundary.code))
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1: its code “%2” is not a 12-digit division code.")
                           .arg(m_subject, boundary.code));
    if (boundary.townName.isEmpty() && boundary.code.isEmpty())
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has no town: properties.town must name its town or "
                                                   "street, unless properties.code gives its 12-digit "
                                                   "division code.")
                           .arg(m_subject));

    const QJsonValue geometry = feature.value(QLatin1String("geometry"));
    if (!geometry.isObject())
        return invalid(
            QCoreApplication::translate("GeoJsonBoundaries", "%1 has no geometry.").arg(m_subject));
    m_featurePositions = 0;
    if (std::optional<Error> error = readGeometry(geometry.toObject(), boundary))
        return error;

    if (!boundary.townName.isEmpty()) {
        const QString key = boundary.townName + QLatin1Char('\n') + boundary.name;
        if (const auto earlier = m_byTownAndName.constFind(key); earlier != m_byTownAndName.cend())
            return invalid(
                QCoreApplication::translate("GeoJsonBoundaries", "%1 repeats feature %2: both are %3 of %4.")
                    .arg(m_subject, QString::number(earlier.value()), boundary.name, boundary.townName));
        m_byTownAndName.insert(key, number);
    }
    if (!boundary.code.isEmpty()) {
        if (const auto earlier = m_byCode.constFind(boundary.code); earlier != m_byCode.cend())
            return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                       "%1 repeats feature %2: both have the code %3.")
                               .arg(m_subject, QString::number(earlier.value()), boundary.code));
        m_byCode.insert(boundary.code, number);
    }
    m_boundaries.append(boundary);
    return std::nullopt;
}

std::optional<Error> Reader::readGeometry(const QJsonObject &geometry, RegionBoundary &boundary)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
    if (type != QLatin1String("Polygon") && type != QLatin1String("MultiPolygon"))
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has geometry of type “%2”; only Polygon and "
                                                   "MultiPolygon outline an area.")
                           .arg(m_subject, type));
    if (!coordinates.isArray() || coordinates.toArray().isEmpty())
        return invalid(
            QCoreApplication::translate("GeoJsonBoundaries", "%1 has a geometry without coordinates.")
                .arg(m_subject));
    if (type == QLatin1String("Polygon"))
        return readPolygon(coordinates, boundary);
    if (coordinates.toArray().size() > kMaxBoundaryRingsPerFeature)
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has more than %2 parts; merge or drop the smallest "
                                                   "and import again.")
                           .arg(m_subject, QString::number(kMaxBoundaryRingsPerFeature)));
    for (const QJsonValue polygon : coordinates.toArray()) {
        if (std::optional<Error> error = readPolygon(polygon, boundary))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> Reader::readPolygon(const QJsonValue &polygon, RegionBoundary &boundary)
{
    const QJsonArray rings = polygon.toArray();
    if (rings.isEmpty())
        return invalid(QCoreApplication::translate("GeoJsonBoundaries", "%1 has a polygon without rings.")
                           .arg(m_subject));
    // Only the outer ring (the first) is kept: holes inside a village — a lake, another
    // village's enclave — are rare in division maps and the map draws areas without them.
    return readRing(rings.first(), boundary);
}

std::optional<Error> Reader::readRing(const QJsonValue &ringValue, RegionBoundary &boundary)
{
    const QJsonArray positions = ringValue.toArray();
    m_featurePositions += positions.size();
    m_allPositions += positions.size();
    if (m_featurePositions > kMaxBoundaryPositionsPerFeature)
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has more than %2 positions; simplify its outline and "
                                                   "import again.")
                           .arg(m_subject, QString::number(kMaxBoundaryPositionsPerFeature)));
    if (m_allPositions > kMaxBoundaryPositionsInAll)
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "The file has more than %1 positions in all; simplify the "
                                                   "outlines or import the towns in separate files.")
                           .arg(kMaxBoundaryPositionsInAll));
    if (positions.size() < 4)
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has a ring of %2 positions; a closed ring needs at "
                                                   "least 4, the last repeating the first.")
                           .arg(m_subject, QString::number(positions.size())));
    QList<QPointF> ring;
    ring.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        // A third number (altitude, RFC 7946 §3.1.1) is allowed and dropped.
        const QJsonArray position = positions.at(i).toArray();
        if (position.size() < 2 || position.size() > 3 || !position.at(0).isDouble()
            || !position.at(1).isDouble() || (position.size() == 3 && !position.at(2).isDouble()))
            return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                       "%1: position %2 of a ring is not a pair of numbers "
                                                       "[longitude, latitude].")
                               .arg(m_subject, QString::number(i + 1)));
        const double longitude = position.at(0).toDouble();
        const double latitude = position.at(1).toDouble();
        if (!(longitude >= kChinaMinLongitude && longitude <= kChinaMaxLongitude
              && latitude >= kChinaMinLatitude && latitude <= kChinaMaxLatitude))
            return invalid(
                QCoreApplication::translate("GeoJsonBoundaries",
                                            "%1: position [%2, %3] lies outside China (longitude "
                                            "73–136°, latitude 3–54°). Coordinates must be "
                                            "longitude and latitude in degrees, longitude first "
                                            "(WGS-84 or CGCS2000); projected coordinates in metres "
                                            "are not accepted.")
                    .arg(m_subject, QString::number(longitude, 'g', 10), QString::number(latitude, 'g', 10)));
        ring.append(QPointF(longitude, latitude));
    }
    // Exact comparison (QPointF's == is fuzzy): GeoJSON asks for the same position. An open
    // ring is refused rather than closed: it often means a truncated or hand-edited file.
    if (ring.constFirst().x() != ring.constLast().x() || ring.constFirst().y() != ring.constLast().y())
        return invalid(QCoreApplication::translate("GeoJsonBoundaries",
                                                   "%1 has a ring that is not closed: its last position must "
                                                   "repeat its first.")
                           .arg(m_subject));
    boundary.polygons.append(ring);
    return std::nullopt;
}

} // namespace

Result<QList<RegionBoundary>> parseGeoJsonBoundaries(const QByteArray &json)
{
    // Checked before parsing: the parser's memory grows with the input.
    if (json.size() > kMaxGeoJsonBytes)
        return invalid(QCoreApplication::translate(
                           "GeoJsonBoundaries", "The file is %1 MiB; a boundary file may be at most %2 MiB.")
                           .arg(double(json.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(kMaxGeoJsonBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("GeoJsonBoundaries", "The file is not valid JSON: %1 (at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonObject root = document.object();
    const QJsonValue features = root.value(QLatin1String("features"));
    if (!document.isObject()
        || root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
        || !features.isArray())
        return invalid(QCoreApplication::translate(
            "GeoJsonBoundaries", "The file is not a GeoJSON FeatureCollection: it must be an "
                                 "object with \"type\": \"FeatureCollection\" and a "
                                 "\"features\" array."));
    const QJsonArray featureArray = features.toArray();
    if (featureArray.size() > kMaxBoundaryFeatures)
        return invalid(
            QCoreApplication::translate("GeoJsonBoundaries",
                                        "The file has %1 features; at most %2 can be imported at once.")
                .arg(featureArray.size())
                .arg(kMaxBoundaryFeatures));
    if (featureArray.isEmpty())
        return invalid(QCoreApplication::translate("GeoJsonBoundaries", "The file holds no features."));
    auto crs = crsName(root);
    if (!crs)
        return crs.error();
    return Reader(crs.value()).read(featureArray);
}

} // namespace gridsafe
