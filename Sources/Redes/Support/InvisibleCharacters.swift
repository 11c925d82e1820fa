/// The characters Redes refuses in any text it reads: no output format can hold them. XML 1.0 (GraphML, GEXF,
/// SVG, the report) forbids the C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF, even
/// as character references; YAML 1.1 forbids DEL and the C1 controls as raw characters; and all of them are invisible,
/// so an id holding one looks like another id. Tab, line feed and carriage return are allowed (a name may span lines;
/// the writers that cannot hold a line break in an id refuse that id by name).
enum InvisibleCharacters {
    /// Whether `scalar` is refused: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F–U+009F, U+FFFE, U+FFFF.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    /// The first refused character of `text` and its position in characters (0-based), or nil.
    ///
    /// - Complexity: O(n); a text whose UTF-8 has no byte that can start a refused character is passed over without
    ///   decoding.
    static func first(in text: some StringProtocol) -> (offset: Int, scalar: UInt32)? {
        // Refused characters start with a byte < 0x20, 0x7F, 0xC2 (U+0080–U+009F) or 0xEF (U+FFFE/F).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return nil }
        for (offset, character) in text.enumerated() {
            if let scalar = character.unicodeScalars.first(where: isRefused) { return (offset, scalar.value) }
        }
        return nil
    }
}
