/// Where a long benchmark reports what it is doing: step, total steps, a label. The CLI shows it
/// on a terminal; library users may ignore it.
public typealias BenchmarkProgress = @Sendable (_ done: Int, _ total: Int, _ label: String) -> Void
