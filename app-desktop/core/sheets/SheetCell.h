#pragma once
// One cell of a table to export: text (kept as text, so an 18-character credit code or a phone
// number never turns into a number) or a number, optionally with a fill colour, as risk levels
// are shown red, orange, yellow and blue.

#include <QString>

#include <optional>

namespace gridsafe {

struct SheetCell
{
    enum class Kind { Text, Number };

    Kind kind = Kind::Text;
    QString text;
    double number = 0;
    std::optional<quint32> fill; // 0xRRGGBB

    static SheetCell ofText(QString text) { return {Kind::Text, std::move(text), 0, std::nullopt}; }
    static SheetCell ofNumber(double number) { return {Kind::Number, QString(), number, std::nullopt}; }

    SheetCell withFill(quint32 rgb) const
    {
        SheetCell cell = *this;
        cell.fill = rgb & 0xFFFFFF;
        return cell;
    }
};

} // namespace gridsafe
