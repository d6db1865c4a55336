//! Print the sizes of the AST node types (they are moved through every parser layer).
fn main() {
    use cellar::syntax::ast::*;
    println!(
        "Expr {} ExprKind {} Stmt {} StmtKind {}",
        std::mem::size_of::<Expr>(),
        std::mem::size_of::<ExprKind>(),
        std::mem::size_of::<Stmt>(),
        std::mem::size_of::<StmtKind>()
    );
}
