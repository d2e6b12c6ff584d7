// A visitor over a std::variant AST using std::visit with an overloaded-lambdas
// helper and recursion through unique_ptr nodes.
#include <iostream>
#include <memory>
#include <string>
#include <variant>

template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

struct Num;
struct Var;
struct BinOp;
using Expr = std::variant<Num, Var, BinOp>;

struct Num {
  double value;
};
struct Var {
  std::string name;
};
struct BinOp {
  char op;
  std::unique_ptr<Expr> lhs, rhs;
};

template <class T> std::unique_ptr<Expr> make(T node) {
  return std::make_unique<Expr>(std::move(node));
}
std::unique_ptr<Expr> bin(char op, std::unique_ptr<Expr> l,
                          std::unique_ptr<Expr> r) {
  return make(BinOp{op, std::move(l), std::move(r)});
}

double eval(const Expr &e, double x) {
  return std::visit(overloaded{
                        [](const Num &n) { return n.value; },
                        [x](const Var &) { return x; },
                        [x](const BinOp &b) {
                          double l = eval(*b.lhs, x), r = eval(*b.rhs, x);
                          switch (b.op) {
                          case '+':
                            return l + r;
                          case '-':
                            return l - r;
                          case '*':
                            return l * r;
                          default:
                            return l / r;
                          }
                        },
                    },
                    e);
}

struct Printer {
  std::string operator()(const Num &n) const {
    std::string s = std::to_string(n.value);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.')
      s.pop_back();
    return s;
  }
  std::string operator()(const Var &v) const { return v.name; }
  std::string operator()(const BinOp &b) const {
    return "(" + std::visit(*this, *b.lhs) + " " + b.op + " " +
           std::visit(*this, *b.rhs) + ")";
  }
};

int main() {
  // (x * x) + (3 - x / 2)
  auto root =
      bin('+', bin('*', make(Var{"x"}), make(Var{"x"})),
          bin('-', make(Num{3}), bin('/', make(Var{"x"}), make(Num{2}))));
  const Expr &e = *root;

  const std::string text = std::visit(Printer{}, e);
  std::cout << text << '\n';
  double sum = 0;
  for (double x : {0.0, 1.0, 4.0}) {
    double v = eval(e, x);
    sum += v;
    std::cout << "x=" << x << " -> " << v << '\n';
  }
  std::cout << "index of root alternative: " << e.index() << std::endl;
  return (text == "((x * x) + (3 - (x / 2)))" && sum == 3.0 + 3.5 + 17.0 &&
          std::holds_alternative<BinOp>(e))
             ? 0
             : 1;
}
