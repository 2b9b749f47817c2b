#pragma once
// The encodings a CSV file is written in.

namespace gridsafe {

enum class CsvEncoding {
    Utf8WithBom, // what Excel on Windows opens correctly with a double click (without the BOM it
                 // takes the bytes as the system's code page and garbles Chinese)
    Gb18030,     // for older tools that read only GBK
};

} // namespace gridsafe
