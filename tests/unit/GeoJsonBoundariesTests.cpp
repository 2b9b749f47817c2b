// Boundaries of villages, communities and parks read from GeoJSON for the grid map (网格一张图).

#include "domain/GeoJsonBoundaries.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <numbers>

using namespace gridsafe;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// A closed square ring of `size` degrees with its south-west corner at (lon, lat).
QJsonArray square(double lon, double lat, double size = 0.01)
{
    return QJsonArray{QJsonArray{lon, lat}, QJsonArray{lon + size, lat}, QJsonArray{lon + size, lat + size},
                      QJsonArray{lon, lat + size}, QJsonArray{lon, lat}};
}

QJsonObject polygon(const QJsonArray &ring)
{
    return QJsonObject{{"type", "Polygon"}, {"coordinates", QJsonArray{ring}}};
}

QJsonObject feature(const QJsonObject &properties, const QJsonValue &geometry)
{
    return QJsonObject{{"type", "Feature"}, {"properties", properties}, {"geometry", geometry}};
}

QJsonObject village(const QString &town, const QString &name, double lon = 120.06, double lat = 31.74)
{
    return feature(QJsonObject{{"town", town}, {"name", name}}, polygon(square(lon, lat)));
}

QByteArray collection(const QJsonArray &features)
{
    return QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}})
        .toJson(QJsonDocument::Compact);
}

// The refusal's message in UTF-8, so Catch shows it when a check fails.
std::string refusal(const QByteArray &json)
{
    const auto result = parseGeoJsonBoundaries(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    return result.error().message.toStdString();
}

std::string refusal(const QJsonArray &features)
{
    return refusal(collection(features));
}

} // namespace

TEST_CASE("geojson boundaries: a Polygon village is read with its town, name, code and ring")
{
    QJsonObject properties{{"town", "遥观镇"}, {"name", " 渔庄村 "}, {"code", "320412104200"}};
    const auto result =
        parseGeoJsonBoundaries(collection({feature(properties, polygon(square(120.06, 31.74)))}));
    REQUIRE(result.ok());
    REQUIRE(result->size() == 1);
    const RegionBoundary &boundary = result->first();
    CHECK(boundary.townName == QStringLiteral("遥观镇"));
    CHECK(boundary.name == QStringLiteral("渔庄村"));
    CHECK(boundary.code == QStringLiteral("320412104200"));
    REQUIRE(boundary.polygons.size() == 1);
    REQUIRE(boundary.polygons.first().size() == 5);
    CHECK(boundary.polygons.first().at(1) == QPointF(120.07, 31.74));
    CHECK(boundary.polygons.first().first() == boundary.polygons.first().last());
}

TEST_CASE("geojson boundaries: a MultiPolygon village is read with all its parts")
{
    const QJsonObject geometry{
        {"type", "MultiPolygon"},
        {"coordinates", QJsonArray{QJsonArray{square(120.0, 31.7)}, QJsonArray{square(120.1, 31.7)},
                                   QJsonArray{square(120.2, 31.7)}}}};
    const auto result = parseGeoJsonBoundaries(
        collection({feature(QJsonObject{{"town", "横林镇"}, {"name", "崔桥村"}}, geometry)}));
    REQUIRE(result.ok());
    REQUIRE(result->first().polygons.size() == 3);
    CHECK(result->first().polygons.at(2).first() == QPointF(120.2, 31.7));
    CHECK(result->first().code.isEmpty());
}

TEST_CASE("geojson boundaries: holes are dropped, altitudes ignored, a numeric code and no town are accepted")
{
    const QJsonArray hole{QJsonArray{120.062, 31.742}, QJsonArray{120.064, 31.742},
                          QJsonArray{120.064, 31.744}, QJsonArray{120.062, 31.742}};
    const QJsonArray withAltitude{QJsonArray{120.0, 31.7, 4.5}, QJsonArray{120.01, 31.7, 4.5},
                                  QJsonArray{120.01, 31.71, 5}, QJsonArray{120.0, 31.7, 4.5}};
    const auto result = parseGeoJsonBoundaries(collection({
        feature(QJsonObject{{"name", "渔庄村"}, {"code", 320412104200.0}},
                QJsonObject{{"type", "Polygon"}, {"coordinates", QJsonArray{square(120.06, 31.74), hole}}}),
        feature(QJsonObject{{"town", "遥观镇"}, {"name", "留道社区"}}, polygon(withAltitude)),
    }));
    REQUIRE(result.ok());
    CHECK(result->at(0).code == QStringLiteral("320412104200"));
    CHECK(result->at(0).townName.isEmpty());
    REQUIRE(result->at(0).polygons.size() == 1);
    CHECK(result->at(0).polygons.first().size() == 5);
    CHECK(result->at(1).polygons.first().at(2) == QPointF(120.01, 31.71));
}

TEST_CASE("geojson boundaries: a file that is not JSON or not a FeatureCollection is refused")
{
    CHECK_THAT(refusal(QByteArray("{\"type\": \"FeatureCollection\", \"features\": [")),
               Contains("not valid JSON"));
    CHECK_THAT(refusal(QByteArray("[1, 2]")), Contains("not a GeoJSON FeatureCollection"));
    CHECK_THAT(refusal(QJsonDocument(QJsonObject{{"type", "Feature"}}).toJson()),
               Contains("not a GeoJSON FeatureCollection"));
    CHECK_THAT(refusal(QJsonArray{}), Contains("no features"));
    CHECK(refusal(QJsonArray{village("遥观镇", "渔庄村"), QJsonObject{{"type", "Point"}}})
          == std::string("Feature 2 is not a GeoJSON Feature (an object with \"type\": \"Feature\")."));
}

TEST_CASE("geojson boundaries: a feature without name, or without town and code, is refused")
{
    const QJsonObject nameless = feature(QJsonObject{{"town", "遥观镇"}}, polygon(square(120.06, 31.74)));
    CHECK_THAT(refusal(QJsonArray{village("遥观镇", "渔庄村"), nameless}),
               StartsWith("Feature 2 has no name"));
    const QJsonObject blankName =
        feature(QJsonObject{{"town", "遥观镇"}, {"name", "  "}}, polygon(square(120.06, 31.74)));
    CHECK_THAT(refusal(QJsonArray{blankName}), StartsWith("Feature 1 has no name"));
    const QJsonObject townless = feature(QJsonObject{{"name", "渔庄村"}}, polygon(square(120.06, 31.74)));
    CHECK_THAT(refusal(QJsonArray{townless}), StartsWith("Feature 1 (渔庄村) has no town"));
    const QJsonObject badCode =
        feature(QJsonObject{{"name", "渔庄村"}, {"code", "3204121042"}}, polygon(square(120.06, 31.74)));
    CHECK(refusal(QJsonArray{badCode})
          == std::string("Feature 1 (渔庄村): its code “3204121042” is not a 12-digit division code."));
}

TEST_CASE("geojson boundaries: geometry other than Polygon or MultiPolygon is refused, naming the type")
{
    const QJsonObject line{{"type", "LineString"},
                           {"coordinates", QJsonArray{QJsonArray{120.0, 31.7}, QJsonArray{120.1, 31.7}}}};
    CHECK(refusal(QJsonArray{feature(QJsonObject{{"town", "横林镇"}, {"name", "江村村"}}, line)})
          == std::string("Feature 1 (横林镇 江村村) has geometry of type “LineString”; only Polygon and "
                         "MultiPolygon outline an area."));
    CHECK(refusal(QJsonArray{feature(QJsonObject{{"town", "横林镇"}, {"name", "江村村"}}, QJsonValue())})
          == std::string("Feature 1 (横林镇 江村村) has no geometry."));
    CHECK_THAT(refusal(QJsonArray{feature(QJsonObject{{"town", "横林镇"}, {"name", "江村村"}},
                                          QJsonObject{{"type", "Polygon"}, {"coordinates", QJsonArray{}}})}),
               Contains("without coordinates"));
}

TEST_CASE("geojson boundaries: short, open and malformed rings are refused")
{
    const QJsonObject properties{{"town", "遥观镇"}, {"name", "塘桥村"}};
    const QJsonArray triangle{QJsonArray{120.0, 31.7}, QJsonArray{120.01, 31.7}, QJsonArray{120.0, 31.7}};
    CHECK(
        refusal(QJsonArray{feature(properties, polygon(triangle))})
        == std::string("Feature 1 (遥观镇 塘桥村) has a ring of 3 positions; a closed ring needs at least 4, "
                       "the last repeating the first."));

    QJsonArray open = square(120.06, 31.74);
    open.replace(4, QJsonArray{120.06, 31.7400001});
    CHECK(refusal(QJsonArray{feature(properties, polygon(open))})
          == std::string("Feature 1 (遥观镇 塘桥村) has a ring that is not closed: its last position must "
                         "repeat its first."));

    for (const QJsonValue &bad : {QJsonValue(QJsonArray{120.07}), QJsonValue(QJsonArray{"120.07", 31.74}),
                                  QJsonValue(QJsonArray{120.07, 31.74, 1, 2}), QJsonValue(120.07)}) {
        QJsonArray ring = square(120.06, 31.74);
        ring.replace(2, bad);
        CHECK(refusal(QJsonArray{feature(properties, polygon(ring))})
              == std::string("Feature 1 (遥观镇 塘桥村): position 3 of a ring is not a pair of numbers "
                             "[longitude, latitude]."));
    }
}

TEST_CASE("geojson boundaries: coordinates outside China are refused with a hint about projected metres")
{
    // CGCS2000 / Gauss-Krüger metres, as a surveying office may export them.
    const QJsonArray metres{QJsonArray{40512345.0, 3512345.0}, QJsonArray{40513345.0, 3512345.0},
                            QJsonArray{40513345.0, 3513345.0}, QJsonArray{40512345.0, 3512345.0}};
    const std::string message =
        refusal(QJsonArray{village("遥观镇", "渔庄村"),
                           feature(QJsonObject{{"town", "遥观镇"}, {"name", "桥南村"}}, polygon(metres))});
    CHECK_THAT(message,
               StartsWith("Feature 2 (遥观镇 桥南村): position [40512345, 3512345] lies outside China"));
    CHECK_THAT(message, Contains("projected coordinates in metres are not accepted"));
    // Latitude first, a common mistake.
    CHECK_THAT(refusal(QJsonArray{feature(QJsonObject{{"town", "遥观镇"}, {"name", "桥南村"}},
                                          polygon(square(31.74, 120.06)))}),
               Contains("lies outside China"));
}

TEST_CASE("geojson boundaries: a feature repeated by town and name, or by code, is refused")
{
    CHECK(refusal(QJsonArray{village("遥观镇", "渔庄村"), village("遥观镇", "留道社区"),
                             village("遥观镇", "渔庄村", 120.07)})
          == std::string("Feature 3 (遥观镇 渔庄村) repeats feature 1: both are 渔庄村 of 遥观镇."));
    // The same village name in two towns is two villages (五一村 is in 横山桥镇 and 潞城街道).
    CHECK(parseGeoJsonBoundaries(collection({village("横山桥镇", "五一村"), village("潞城街道", "五一村")}))
              .ok());

    const auto coded = [](const QString &name) {
        return feature(QJsonObject{{"name", name}, {"code", "320412106004"}}, polygon(square(120.13, 31.78)));
    };
    CHECK(refusal(QJsonArray{coded("西崦社区"), coded("西崦")})
          == std::string("Feature 2 (西崦) repeats feature 1: both have the code 320412106004."));
}

TEST_CASE("geojson boundaries: a name holding %1 does not garble the message")
{
    const QJsonObject line{{"type", "Point"}, {"coordinates", QJsonArray{120.0, 31.7}}};
    CHECK(refusal(QJsonArray{feature(QJsonObject{{"town", "遥观镇"}, {"name", "村%1%2"}}, line)})
          == std::string("Feature 1 (遥观镇 村%1%2) has geometry of type “Point”; only Polygon and "
                         "MultiPolygon outline an area."));
}

TEST_CASE(
    "geojson boundaries: files above the size, feature and position limits are refused naming the limit")
{
    SECTION("input size")
    {
        QByteArray big = collection({village("遥观镇", "渔庄村")});
        big.append(QByteArray(kMaxGeoJsonBytes, ' '));
        CHECK_THAT(refusal(big), Contains("at most 8 MiB"));
    }
    SECTION("features")
    {
        QJsonArray features;
        for (int i = 0; i <= kMaxBoundaryFeatures; ++i)
            features.append(village(QStringLiteral("遥观镇"), QStringLiteral("村%1").arg(i)));
        CHECK(refusal(features)
              == std::string("The file has 2001 features; at most 2000 can be imported at once."));
        features.removeLast();
        CHECK(parseGeoJsonBoundaries(collection(features)).ok());
    }
    SECTION("positions in one feature")
    {
        // A circle-like ring of 20,001 positions.
        QJsonArray ring;
        for (int i = 0; i < kMaxBoundaryPositionsPerFeature; ++i) {
            const double angle = 2 * std::numbers::pi * i / kMaxBoundaryPositionsPerFeature;
            ring.append(QJsonArray{120.06 + 0.01 * std::cos(angle), 31.74 + 0.01 * std::sin(angle)});
        }
        ring.append(ring.first());
        CHECK(refusal(QJsonArray{feature(QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}}, polygon(ring))})
              == std::string("Feature 1 (遥观镇 渔庄村) has more than 20000 positions; simplify its outline "
                             "and import again."));
    }
    SECTION("positions in all")
    {
        QJsonArray ring;
        for (int i = 0; i < 1000; ++i)
            ring.append(QJsonArray{120.0 + i * 1e-5, 31.7 + (i % 2) * 1e-5});
        ring.append(ring.first());
        QJsonArray features;
        for (int i = 0; i < kMaxBoundaryPositionsInAll / 1001 + 1; ++i)
            features.append(feature(QJsonObject{{"town", "遥观镇"}, {"name", QStringLiteral("村%1").arg(i)}},
                                    polygon(ring)));
        CHECK(refusal(features)
              == std::string("The file has more than 200000 positions in all; simplify the "
                             "outlines or import the towns in separate files."));
    }
}

TEST_CASE("geojson boundaries: a boundary survives its payload round trip")
{
    RegionBoundary boundary;
    boundary.code = QStringLiteral("320412104200");
    boundary.townName = QStringLiteral("遥观镇");
    boundary.name = QStringLiteral("渔庄村");
    boundary.polygons = {{{120.06, 31.74}, {120.07, 31.74}, {120.07, 31.75}, {120.06, 31.74}},
                         {{120.1, 31.7}, {120.11, 31.7}, {120.105, 31.71}, {120.1, 31.7}}};
    const QCborMap payload = boundary.toPayload();
    // Through the wire form, as a replica would get it.
    const auto back =
        RegionBoundary::fromPayload(QCborValue::fromCbor(payload.toCborValue().toCbor()).toMap());
    REQUIRE(back.ok());
    CHECK(back->code == boundary.code);
    CHECK(back->townName == boundary.townName);
    CHECK(back->name == boundary.name);
    CHECK(back->polygons == boundary.polygons);

    QCborMap broken = payload;
    QCborArray shortRing; // a ring of one position
    shortRing.append(QCborArray{120.0, 31.7});
    QCborArray polygons;
    polygons.append(shortRing);
    broken.insert(QStringLiteral("polygons"), polygons);
    CHECK(RegionBoundary::fromPayload(broken).error().code == ErrorCode::BadMessage);
    QCborMap noName = payload;
    noName.remove(QStringLiteral("name"));
    CHECK(RegionBoundary::fromPayload(noName).error().message.contains("boundary.name"));
}

TEST_CASE("geojson boundaries: the coordinate system is WGS-84 unless the crs member names CGCS2000")
{
    const auto crsOf = [](const QJsonValue &crs) {
        QJsonObject root{{"type", "FeatureCollection"},
                         {"features", QJsonArray{village("遥观镇", "渔庄村")}}};
        if (!crs.isUndefined())
            root.insert(QStringLiteral("crs"), crs);
        const auto result = parseGeoJsonBoundaries(QJsonDocument(root).toJson(QJsonDocument::Compact));
        return result.ok() ? result->first().crs : QStringLiteral("refused: ") + result.error().message;
    };
    const auto named = [](const char *name) {
        return QJsonObject{{"type", "name"}, {"properties", QJsonObject{{"name", name}}}};
    };
    CHECK(crsOf(QJsonValue::Undefined) == QStringLiteral("WGS-84"));
    CHECK(crsOf(QJsonValue::Null) == QStringLiteral("WGS-84"));
    CHECK(crsOf(named("urn:ogc:def:crs:OGC:1.3:CRS84")) == QStringLiteral("WGS-84"));
    CHECK(crsOf(named("EPSG:4326")) == QStringLiteral("WGS-84"));
    CHECK(crsOf(named("EPSG:4490")) == QStringLiteral("CGCS2000"));
    CHECK(crsOf(named("urn:ogc:def:crs:EPSG::4490")) == QStringLiteral("CGCS2000"));
    CHECK(crsOf(named("EPSG:4549"))
          == QStringLiteral("refused: The file's coordinate reference system “EPSG:4549” is not accepted: "
                            "coordinates must be longitude and latitude in WGS-84 (EPSG:4326) or CGCS2000 "
                            "(EPSG:4490)."));
    CHECK(crsOf(QJsonObject{{"type", "link"}}).startsWith(QStringLiteral("refused: ")));
}

TEST_CASE("geojson boundaries: a feature of more than 100 parts is refused")
{
    QJsonArray parts;
    for (int i = 0; i < kMaxBoundaryRingsPerFeature; ++i)
        parts.append(QJsonArray{square(120.0 + i * 0.001, 31.7, 0.0005)});
    const auto multi = [&parts] {
        return feature(QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}},
                       QJsonObject{{"type", "MultiPolygon"}, {"coordinates", parts}});
    };
    const auto accepted = parseGeoJsonBoundaries(collection({multi()}));
    REQUIRE(accepted.ok());
    CHECK(accepted->first().polygons.size() == kMaxBoundaryRingsPerFeature);
    parts.append(QJsonArray{square(121.0, 31.7, 0.0005)});
    CHECK(refusal(QJsonArray{multi()})
          == std::string("Feature 1 (遥观镇 渔庄村) has more than 100 parts; merge or drop the smallest and "
                         "import again."));
    // A payload is held to the same bound.
    RegionBoundary boundary = accepted->first();
    boundary.polygons.append(boundary.polygons.first());
    CHECK(RegionBoundary::fromPayload(boundary.toPayload()).error().code == ErrorCode::BadMessage);
}
