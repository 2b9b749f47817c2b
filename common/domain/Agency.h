#pragma once
// 第三方技术服务机构 — a safety service agency towns may hire (技术支撑), ranked by its
// growth-value score (成长值) from the city's list.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct Agency
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    bool onCityList = false;
    std::optional<qint64> growthValue; // 成长值; absent when not scored
    QString growthValueOn;
    QString contact;
    QString phone;
    int revision = 1;
    QString createdAt;
    QString updatedAt;

    QCborMap toPayload() const;
    static Result<Agency> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
