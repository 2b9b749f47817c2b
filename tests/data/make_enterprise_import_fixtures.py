#!/usr/bin/env python3
"""Writes the enterprise import fixtures (see README.md): enterprises-import.xlsx, saved by
LibreOffice from a CSV written here, and enterprises-import-gbk.csv in GB18030 (through iconv) with CRLF line
ends as Chinese Excel saves "CSV". Their places are the demo server's (遥观镇 and its villages);
the credit codes carry valid check characters (GB 32100-2015) except where a row is meant to be
refused. Run from any folder: python3 make_enterprise_import_fixtures.py (needs soffice)."""

import csv
import io
import os
import shutil
import subprocess
import tempfile

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
HERE = os.path.dirname(os.path.abspath(__file__))


def credit_code(first17):
    """The code with its check character: weights 3^(i-1) mod 31, check = (31 - sum mod 31) mod 31."""
    total = sum(CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + CHARSET[(31 - total % 31) % 31]


def wrong_check(code):
    right = code[17]
    return code[:17] + ("0" if right != "0" else "1")


# A title line above the header, as town offices write their lists; the header then uses the
# standard titles, plus two columns the import does not know (序号, 备注).
XLSX_ROWS = [
    ["遥观镇工贸企业名录（2026年2月）"],
    ["序号", "统一社会信用代码", "企业名称", "镇（街道）", "村（社区）", "行业类别", "重点行业领域", "专项领域",
     "规上/规下", "从业人数", "法定代表人", "安全负责人", "联系电话", "生产状态", "风险等级", "报告日期", "备注"],
    ["1", credit_code("91320412MA1YG0001"), "常州遥观精工机械有限公司", "遥观镇", "渔庄村", "C34", "机械",
     "有限空间作业", "规上", "120", "王建国", "陈安全", "13813800001", "在产", "较大", "2025-11-20", ""],
    ["2", credit_code("91320412MA1YG0002"), "常州市遥观新材料科技有限公司", "遥观镇", "建农村", "通用设备制造业",
     "机械", "粉尘涉爆、有限空间作业", "规下", "36", "李明", "张平", "0519-88881234", "在产", "", "", "新厂"],
    ["3", credit_code("91320412MA1YG0003"), "常州东方木业有限公司", "遥观镇", "东方村", "20", "轻工", "粉尘涉爆",
     "规下", "18", "赵强", "赵强", "13913900003", "在产", "", "", ""],
    ["4", credit_code("91320412MA1YG0004"), "常州桥南纺织有限公司", "遥观镇", "桥南村", "C17", "纺织", "无",
     "规上", "260", "孙丽", "周安", "13813800004", "在产", "一般", "2026-01-15", ""],
    ["5", credit_code("91320412MA1YG0005"), "常州遥观金属制品有限公司", "遥观镇", "留道社区", "C33", "机械", "",
     "规下", "45", "钱伟", "吴静", "13813800005", "停产", "", "", "2025年停产整改"],
]

GOOD = credit_code("91320412MA1YG0101")
GBK_ROWS = [
    # Variant titles, as other sheets write them.
    ["统一社会信用代码", "单位名称", "所属镇街", "村（社区）", "所属行业", "企业规模", "职工人数", "法人代表",
     "联系电话", "经营状态"],
    [GOOD, "常州遥观五金制品厂", "遥观镇", "塘桥村", "C33", "规下", "25", "刘刚", "13813800101", "在产"],
    [credit_code("91320412MA1YG0102"), "常州市通济电子有限公司", "遥观镇", "通济村", "计算机、通信和其他电子设备制造业",
     "规上", "88", "马红", "13813800102", "在产"],
    [wrong_check(credit_code("91320412MA1YG0103")), "错码有限公司", "遥观镇", "渔庄村", "C34", "规下", "10", "",
     "", "在产"],
    [credit_code("91320412MA1YG0104"), "不存在村有限公司", "遥观镇", "不存在村", "C34", "规下", "10", "", "",
     "在产"],
    [credit_code("91320412MA1YG0105"), "横林外镇有限公司", "横林镇", "新东村", "C21", "规下", "10", "", "", "在产"],
    [credit_code("91320412MA1YG0106"), "规模不明有限公司", "遥观镇", "渔庄村", "C34", "中型", "10", "", "", "在产"],
    [GOOD, "重复代码有限公司", "遥观镇", "渔庄村", "C34", "规下", "10", "", "", "在产"],
    ["", "", "", "", "", "", "", "", "", ""],
    [credit_code("91320412MA1YG0107"), "常州遥观印墅包装有限公司", "遥观镇", "印墅社区", "造纸和纸制品业", "规下",
     "12人", "何芳", "13813800107", "在产"],
]


def csv_text(rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def main():
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "enterprises-import.csv")
        with open(source, "w", encoding="utf-8") as f:
            f.write(csv_text(XLSX_ROWS))
        # Comma-separated, UTF-8 (76), from line 1; columns 2 (the codes) and 13 (phones) as
        # text, as offices format them; the rest detected (numbers, dates).
        options = "CSV:44,34,76,1,2/2/13/2"
        subprocess.run(["soffice", "--headless", "--infilter=" + options, "--convert-to", "xlsx",
                        "--outdir", work, source], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "enterprises-import.xlsx"), os.path.join(HERE, "enterprises-import.xlsx"))
    gbk = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GB18030"], input=csv_text(GBK_ROWS).encode("utf-8"),
                         check=True, capture_output=True).stdout
    with open(os.path.join(HERE, "enterprises-import-gbk.csv"), "wb") as f:
        f.write(gbk)


if __name__ == "__main__":
    main()
