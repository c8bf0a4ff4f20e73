/// Left-aligned text columns (numbers right-aligned), for terminal tables.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: String...) {
        self.header = header
    }

    mutating func add(_ row: String...) {
        rows.append(row)
    }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func isNumber(_ text: String) -> Bool { Double(text.filter { $0 != "×" && $0 != "%" }) != nil }
        func line(_ row: [String]) -> String {
            row.indices.map { column in
                let cell = row[column], pad = String(repeating: " ", count: widths[column] - cell.count)
                return isNumber(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(header), line(rule)] + rows.map(line)).joined(separator: "\n")
    }
}

func formatted(_ value: Double, _ digits: Int = 1) -> String {
    let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

func formattedBytes(_ bytes: UInt64) -> String {
    let gib = Double(bytes) / Double(1 << 30)
    return gib >= 1 ? "\(formatted(gib)) GiB" : "\(formatted(Double(bytes) / Double(1 << 20))) MiB"
}
