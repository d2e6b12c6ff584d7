#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTContext.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>
#include <clang/ASTMatchers/ASTMatchers.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::scan::lint {

/// Sorts \p Calls by where they are written, removing repeats.
void sortBySource(std::vector<const clang::CallExpr *> &Calls,
                  const clang::SourceManager &SM);

/// The variable \p E names, ignoring parentheses and casts; null if none.
const clang::VarDecl *variableOf(const clang::Expr *E);

/// The variable whose address \p E takes (`&set`); null if none.
const clang::VarDecl *addressedVariable(const clang::Expr *E);

/// A libc function as the system headers declare it: at file scope (C or
/// `extern "C"`), first declared in a system header. A project function, a
/// namespaced function or a member of the same name is not it.
AST_MATCHER(clang::FunctionDecl, isLibcFunction) {
  const auto &SM = Finder->getASTContext().getSourceManager();
  return Node.getDeclContext()->getRedeclContext()->isTranslationUnit() &&
         SM.isInSystemHeader(Node.getCanonicalDecl()->getLocation());
}

/// A call, in the project's own code, to one of the libc functions named
/// (each written "::name").
template <typename... Names> auto libcCall(const Names &...FunctionNames) {
  using namespace clang::ast_matchers;
  return callExpr(
      callee(functionDecl(hasAnyName(FunctionNames...), isLibcFunction())),
      unless(isExpansionInSystemHeader()));
}

/// A call to one of the libc functions named, inside the function that is
/// bound as "function" (the function-local checks look at its body).
template <typename... Names>
auto libcCallInFunction(const Names &...FunctionNames) {
  using namespace clang::ast_matchers;
  return callExpr(libcCall(FunctionNames...),
                  forCallable(functionDecl(hasBody(stmt())).bind("function")));
}

/// The calls to the libc functions named inside \p Body, in source order.
template <typename... Names>
std::vector<const clang::CallExpr *>
libcCallsIn(const clang::Stmt &Body, clang::ASTContext &Context,
            const Names &...FunctionNames) {
  using namespace clang::ast_matchers;
  std::vector<const clang::CallExpr *> Calls;
  for (const BoundNodes &Match :
       match(findAll(libcCall(FunctionNames...).bind("call")), Body, Context))
    Calls.push_back(Match.getNodeAs<clang::CallExpr>("call"));
  sortBySource(Calls, Context.getSourceManager());
  return Calls;
}

/// The variables given the result of a call to the libc functions named
/// inside \p Body (`int fd = open(...)`, `fd = open(...)`), with the call,
/// in source order.
template <typename... Names>
std::vector<std::pair<const clang::VarDecl *, const clang::CallExpr *>>
resultsStoredIn(const clang::Stmt &Body, clang::ASTContext &Context,
                const Names &...FunctionNames) {
  using namespace clang::ast_matchers;
  auto Source = ignoringParenImpCasts(libcCall(FunctionNames...).bind("call"));
  auto Stores = findAll(
      stmt(anyOf(declStmt(has(varDecl(hasInitializer(Source)).bind("var"))),
                 binaryOperator(isAssignmentOperator(),
                                hasLHS(declRefExpr(to(varDecl().bind("var")))),
                                hasRHS(Source)))));
  std::vector<const clang::CallExpr *> Calls;
  std::map<const clang::CallExpr *, const clang::VarDecl *> Stored;
  for (const BoundNodes &Match : match(Stores, Body, Context)) {
    const auto *Call = Match.getNodeAs<clang::CallExpr>("call");
    Calls.push_back(Call);
    Stored[Call] = Match.getNodeAs<clang::VarDecl>("var");
  }
  sortBySource(Calls, Context.getSourceManager());
  std::vector<std::pair<const clang::VarDecl *, const clang::CallExpr *>> Out;
  for (const clang::CallExpr *Call : Calls)
    Out.emplace_back(Stored[Call], Call);
  return Out;
}

/// Where the checks of one translation unit put what they find, and the
/// conversions they share.
class LintReport {
public:
  LintReport(clang::ASTContext &Context, policy::ProgramFacts &Out)
      : Context(Context), Out(Out) {}

  /// The translation unit being checked.
  clang::ASTContext &context() const { return Context; }
  /// Where the whole-program checks' evidence goes.
  policy::LintEvidence &evidence() { return Out.Lint; }

  /// \p Loc as findings name places (absolute file, expansion point).
  policy::SourceLocation location(clang::SourceLocation Loc) const;
  /// A finding of \p Check at \p Loc, a warning.
  policy::Finding finding(const std::string &Check, clang::SourceLocation Loc,
                          std::string Message) const;
  /// A note of \p Check at \p Loc.
  policy::Diagnostic note(const std::string &Check, clang::SourceLocation Loc,
                          std::string Message) const;
  /// Adds \p F once: template instantiations show the same code again.
  void add(policy::Finding F);

  /// The edit replacing the tokens of \p Range with \p Text; nullopt when
  /// the range is not plain text of one file (half a macro, say).
  std::optional<policy::FixIt> replace(clang::SourceRange Range,
                                       const std::string &Text) const;
  /// The edit inserting \p Text after the tokens of \p Range.
  std::optional<policy::FixIt> insertAfter(clang::SourceRange Range,
                                           const std::string &Text) const;
  /// The source text of \p E as written (a macro's name, not its value).
  std::string spelling(const clang::Expr *E) const;

  /// The value of \p E when it is an integer constant expression.
  std::optional<int64_t> constant(const clang::Expr *E) const;

private:
  clang::ASTContext &Context;
  policy::ProgramFacts &Out;
};

/// One lint check: registers the AST matchers it needs, and reports into a
/// LintReport from their matches.
class LintCheck : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  explicit LintCheck(LintReport &Report) : Report(Report) {}
  /// Adds the matchers whose matches run() reports on.
  virtual void registerMatchers(clang::ast_matchers::MatchFinder &Finder) = 0;

protected:
  LintReport &Report;
};

} // namespace sysprune::scan::lint
