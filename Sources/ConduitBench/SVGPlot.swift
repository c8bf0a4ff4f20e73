import Foundation

/// A line chart as a standalone SVG document: axes with ticks and labels, one line per series,
/// a legend. Log-scaled x (sizes double) and y (GFLOP/s spans decades).
public struct SVGPlot {
    public struct Series {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public init(name: String, points: [(x: Double, y: Double)]) {
            self.name = name
            self.points = points
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]

    public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
    }

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]

    public func render(width: Double = 1040, height: Double = 560) -> String {
        let left = 80.0, right = 380.0, top = 50.0, bottom = 70.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let xs = series.flatMap { $0.points.map(\.x) }.filter { $0 > 0 }
        let ys = series.flatMap { $0.points.map(\.y) }.filter { $0 > 0 }
        let xMin = log10(xs.min() ?? 1), xMax = max(log10(xs.max() ?? 10), xMin + 0.1)
        let yMin = floor(log10(ys.min() ?? 0.1)), yMax = max(ceil(log10(ys.max() ?? 1)), yMin + 1)
        func px(_ x: Double) -> Double { left + (log10(x) - xMin) / (xMax - xMin) * plotWidth }
        func py(_ y: Double) -> Double { top + plotHeight - (log10(y) - yMin) / (yMax - yMin) * plotHeight }
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="13">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(number(left + plotWidth / 2))" y="28" text-anchor="middle" font-size="17" font-weight="bold">\(escaped(title))</text>

            """
        // Grid and y ticks: one per decade, with 2× and 5× minor lines.
        for decade in Int(yMin)...Int(yMax) {
            let value = pow(10, Double(decade))
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(py(value)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(py(value)))\" stroke=\"#ccc\"/>\n"
            svg += "<text x=\"\(number(left - 8))\" y=\"\(number(py(value) + 4))\" text-anchor=\"end\">\(Self.tickLabel(value))</text>\n"
            for minor in [2.0, 5.0] where decade < Int(yMax) {
                svg +=
                    "<line x1=\"\(number(left))\" y1=\"\(number(py(value * minor)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(py(value * minor)))\" stroke=\"#eee\"/>\n"
            }
        }
        for x in Set(xs).sorted() {
            svg += "<line x1=\"\(number(px(x)))\" y1=\"\(number(top))\" x2=\"\(number(px(x)))\" y2=\"\(number(top + plotHeight))\" stroke=\"#eee\"/>\n"
            svg += "<text x=\"\(number(px(x)))\" y=\"\(number(top + plotHeight + 20))\" text-anchor=\"middle\">\(Self.tickLabel(x))</text>\n"
        }
        svg +=
            "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(plotWidth))\" height=\"\(number(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(number(left + plotWidth / 2))\" y=\"\(number(height - 22))\" text-anchor=\"middle\">\(escaped(xLabel))</text>\n"
        svg += "<text transform=\"translate(22 \(number(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">\(escaped(yLabel))</text>\n"
        for (index, line) in series.enumerated() {
            let color = Self.palette[index % Self.palette.count]
            let dash = index >= Self.palette.count ? " stroke-dasharray=\"6 3\"" : ""
            let points = line.points.filter { $0.x > 0 && $0.y > 0 }.sorted { $0.x < $1.x }
            let path = points.map { "\(number(px($0.x))),\(number(py($0.y)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>\n"
            for point in points {
                svg +=
                    "<circle cx=\"\(number(px(point.x)))\" cy=\"\(number(py(point.y)))\" r=\"4\" fill=\"\(color)\"><title>\(escaped(line.name)): \(String(format: "%.2f", point.y)) at \(Self.tickLabel(point.x))</title></circle>\n"
            }
            let legendY = top + 10 + Double(index) * 24
            svg +=
                "<line x1=\"\(number(width - right + 20))\" y1=\"\(number(legendY))\" x2=\"\(number(width - right + 50))\" y2=\"\(number(legendY))\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>\n"
            svg += "<text x=\"\(number(width - right + 58))\" y=\"\(number(legendY + 4))\">\(escaped(line.name))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    static func tickLabel(_ value: Double) -> String {
        if value >= 1 && value == value.rounded() { return String(Int(value)) }
        return String(format: value >= 0.1 ? "%.1f" : "%.2g", value)
    }
}
