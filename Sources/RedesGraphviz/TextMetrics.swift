/// Text widths in DejaVu Sans, the font every Redes diagram names (``DiagramStyle/font``), so that node sizes are
/// computed by Redes rather than by the fonts installed where Graphviz runs: the layout of a network is then the
/// same on every machine, and a label always fits its node.
///
/// The advance widths come from the font's `hmtx` table (DejaVu Sans 2.37, 2,048 units per em), read by
/// `Scripts/fonts/dejavu_widths.py`; kerning is ignored (it only narrows text). Characters outside the table count as
/// wide as a digit.
public enum TextMetrics {
    /// The width of `text` on one line, in points, at `size` points.
    ///
    /// - Parameters:
    ///   - text: one line of text.
    ///   - size: the font size in points.
    /// - Returns: the sum of the advance widths, in points.
    public static func width(_ text: String, size: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advances[scalar.value] ?? fallback }
        return Double(units) * size / unitsPerEm
    }

    /// The width of the widest line of `text` (lines separated by `\n`), in points.
    public static func widestLine(_ text: String, size: Double) -> Double {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { width(String($0), size: size) }.max() ?? 0
    }

    /// How much wider text is in `font` than in DejaVu Sans, measured by Graphviz's own text layout (pango with
    /// fontconfig, as PNG and PDF output draw it) on a sample of Spanish words, upper and lower case, digits and
    /// accents: node sizes are multiplied by it, so labels fit their boxes in any font. 1 for DejaVu Sans, or when
    /// Graphviz cannot measure.
    ///
    /// - Parameter font: a font family.
    /// - Returns: the ratio of the sample's widths.
    public static func widthScale(font: String) -> Double {
        guard font != DiagramStyle.font else { return 1 }
        let sample = "Liceos EMTP María Elena; SECREDUC, CFT Estatal (ÁÉÍÓÚ ñ) 0123456789"
        guard let own = try? NetworkDiagram.measure(htmlLabel: DiagramLegend.escape(sample), font: font),
              let reference = try? NetworkDiagram.measure(htmlLabel: DiagramLegend.escape(sample), font: DiagramStyle.font),
              reference.width > 0 else { return 1 }
        return own.width / reference.width
    }

    static let unitsPerEm = 2048.0
    static let fallback = 1303

    /// Advance widths by Unicode scalar, in font units.
    static let advances: [UInt32: Int] = [
    32: 651, 33: 821, 34: 942, 35: 1716, 36: 1303, 37: 1946, 38: 1597, 39: 563, 40: 799, 41: 799, 42: 1024, 43: 1716,
    44: 651, 45: 739, 46: 651, 47: 690, 48: 1303, 49: 1303, 50: 1303, 51: 1303, 52: 1303, 53: 1303, 54: 1303,
    55: 1303, 56: 1303, 57: 1303, 58: 690, 59: 690, 60: 1716, 61: 1716, 62: 1716, 63: 1087, 64: 2048, 65: 1401,
    66: 1405, 67: 1430, 68: 1577, 69: 1294, 70: 1178, 71: 1587, 72: 1540, 73: 604, 74: 604, 75: 1343, 76: 1141,
    77: 1767, 78: 1532, 79: 1612, 80: 1235, 81: 1612, 82: 1423, 83: 1300, 84: 1251, 85: 1499, 86: 1401, 87: 2025,
    88: 1403, 89: 1251, 90: 1403, 91: 799, 92: 690, 93: 799, 94: 1716, 95: 1024, 96: 1024, 97: 1255, 98: 1300,
    99: 1126, 100: 1300, 101: 1260, 102: 721, 103: 1300, 104: 1298, 105: 569, 106: 569, 107: 1186, 108: 569,
    109: 1995, 110: 1298, 111: 1253, 112: 1300, 113: 1300, 114: 842, 115: 1067, 116: 803, 117: 1298, 118: 1212,
    119: 1675, 120: 1212, 121: 1212, 122: 1075, 123: 1303, 124: 690, 125: 1303, 126: 1716, 160: 651, 161: 821,
    162: 1303, 163: 1303, 164: 1303, 165: 1303, 166: 690, 167: 1024, 168: 1024, 169: 2048, 170: 965, 171: 1253,
    172: 1716, 173: 739, 174: 2048, 175: 1024, 176: 1024, 177: 1716, 178: 821, 179: 821, 180: 1024, 181: 1303,
    182: 1303, 183: 651, 184: 1024, 185: 821, 186: 965, 187: 1253, 188: 1985, 189: 1985, 190: 1985, 191: 1087,
    192: 1401, 193: 1401, 194: 1401, 195: 1401, 196: 1401, 197: 1401, 198: 1995, 199: 1430, 200: 1294, 201: 1294,
    202: 1294, 203: 1294, 204: 604, 205: 604, 206: 604, 207: 604, 208: 1587, 209: 1532, 210: 1612, 211: 1612,
    212: 1612, 213: 1612, 214: 1612, 215: 1716, 216: 1612, 217: 1499, 218: 1499, 219: 1499, 220: 1499, 221: 1251,
    222: 1239, 223: 1290, 224: 1255, 225: 1255, 226: 1255, 227: 1255, 228: 1255, 229: 1255, 230: 2011, 231: 1126,
    232: 1260, 233: 1260, 234: 1260, 235: 1260, 236: 569, 237: 569, 238: 569, 239: 569, 240: 1253, 241: 1298,
    242: 1253, 243: 1253, 244: 1253, 245: 1253, 246: 1253, 247: 1716, 248: 1253, 249: 1298, 250: 1298, 251: 1298,
    252: 1298, 253: 1212, 254: 1300, 255: 1212, 8211: 1024, 8212: 2048, 8216: 651, 8217: 651, 8220: 1061, 8221: 1061,
    8226: 1208, 8230: 2048, 8594: 1716, 8592: 1716, 8596: 1716, 9733: 1836, 8364: 1303,
    ]
}
