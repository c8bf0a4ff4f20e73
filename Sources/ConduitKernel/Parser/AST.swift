/// An expression of the kernel language.
final class Expr {
    indirect enum Kind {
        case integer(UInt64, CType)
        case floating(Double, CType)  // the literal's value and type (float or double)
        case identifier(String)
        case unary(String, Expr)  // - + ! ~ * & ++pre --pre
        case postfix(String, Expr)  // ++ --
        case binary(String, Expr, Expr)
        case assign(String, Expr, Expr)  // = += -= ...
        case conditional(Expr, Expr, Expr)
        case comma(Expr, Expr)
        case call(String, [Expr])
        case index(Expr, Expr)
        case member(Expr, String, arrow: Bool)
        case cast(CType, Expr)
        case vectorLiteral(CType, [Expr])
        case sizeofType(CType)
        case sizeofExpr(Expr)
        case initializerList([Expr])
    }

    let kind: Kind
    let location: SourceLocation

    init(_ kind: Kind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

struct VariableDeclaration {
    var name: String
    var type: CType
    var space: AddressSpace
    var initializer: Expr?
    var location: SourceLocation
    /// Declared with `const`: the object itself, or what a pointer points to.
    var isConst = false
}

/// A statement of the kernel language.
indirect enum Stmt {
    case compound([Stmt])
    case declaration([VariableDeclaration])
    case expression(Expr)
    case ifElse(Expr, Stmt, Stmt?)
    case whileLoop(Expr, Stmt)
    case doWhile(Stmt, Expr)
    case forLoop(initial: Stmt?, condition: Expr?, step: Expr?, body: Stmt)
    case breakStatement(SourceLocation)
    case continueStatement(SourceLocation)
    case returnStatement(Expr?, SourceLocation)
    case switchStatement(Expr, [Stmt], SourceLocation)
    case caseLabel(Expr, SourceLocation)
    case defaultLabel(SourceLocation)
    /// `name: statement` (the statement is `.empty` for a label at the end of a block).
    case labeled(String, Stmt, SourceLocation)
    case gotoStatement(String, SourceLocation)
    case empty
}

struct Parameter {
    var name: String
    var type: CType
    var location: SourceLocation
    /// Declared with `const`: the parameter itself, or what a pointer parameter points to.
    var isConst = false
}

struct FunctionDefinition {
    var name: String
    var returnType: CType
    var parameters: [Parameter]
    var body: Stmt?
    var isKernel: Bool
    var requiredWorkGroupSize: [Int]?
    var location: SourceLocation
}

/// A parsed translation unit.
struct TranslationUnit {
    var functions: [FunctionDefinition] = []
    /// Program-scope `__constant` variables with their initialisers.
    var constants: [VariableDeclaration] = []
}
