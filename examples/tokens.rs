//! Print the layout tokens and the parse result of a file: `cargo run --example tokens FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: tokens FILE");
    let src = std::fs::read_to_string(path).expect("readable file");
    match cellar::syntax::layout::tokenize(&src) {
        Ok(t) => {
            for tok in &t.tokens {
                println!("{:?} {:?}", tok.tok, &src[tok.span.into_range()]);
            }
        }
        Err(e) => println!("tokenize error: {e:?}"),
    }
    println!("{:#?}", cellar::syntax::parse_module(&src));
}
