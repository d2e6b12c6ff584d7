#include "tool/frontend/lint/LintCheck.h"

#include "tool/frontend/ArgumentEvaluator.h"
#include "tool/frontend/SourceLocations.h"

#include <clang/Lex/Lexer.h>

#include <algorithm>

namespace sysprune::scan::lint {

using namespace clang;

void sortBySource(std::vector<const CallExpr *> &Calls,
                  const SourceManager &SM) {
  std::sort(
      Calls.begin(), Calls.end(), [&](const CallExpr *A, const CallExpr *B) {
        return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
      });
  Calls.erase(std::unique(Calls.begin(), Calls.end()), Calls.end());
}

const VarDecl *variableOf(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

const VarDecl *addressedVariable(const Expr *E) {
  const auto *Op = dyn_cast<UnaryOperator>(E->IgnoreParenCasts());
  if (!Op || Op->getOpcode() != UO_AddrOf)
    return nullptr;
  return variableOf(Op->getSubExpr());
}

policy::SourceLocation LintReport::location(SourceLocation Loc) const {
  return toPolicyLocation(Context.getSourceManager(), Loc);
}

policy::Finding LintReport::finding(const std::string &Check,
                                    SourceLocation Loc,
                                    std::string Message) const {
  policy::Finding F;
  F.Main = {policy::Severity::Warning, location(Loc), std::move(Message),
            Check};
  return F;
}

policy::Diagnostic LintReport::note(const std::string &Check,
                                    SourceLocation Loc,
                                    std::string Message) const {
  return {policy::Severity::Note, location(Loc), std::move(Message), Check};
}

void LintReport::add(policy::Finding F) {
  if (std::none_of(Out.LintFindings.begin(), Out.LintFindings.end(),
                   [&](const policy::Finding &Seen) {
                     return policy::sameFinding(Seen, F);
                   }))
    Out.LintFindings.push_back(std::move(F));
}

std::optional<policy::FixIt>
LintReport::replace(SourceRange Range, const std::string &Text) const {
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Chars = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Range), SM, Context.getLangOpts());
  if (Chars.isInvalid() || SM.isInSystemHeader(Chars.getBegin()))
    return std::nullopt;
  return policy::FixIt{location(Chars.getBegin()), location(Chars.getEnd()),
                       Text};
}

std::optional<policy::FixIt>
LintReport::insertAfter(SourceRange Range, const std::string &Text) const {
  std::optional<policy::FixIt> Fix = replace(Range, Text);
  if (Fix)
    Fix->Begin = Fix->End;
  return Fix;
}

std::string LintReport::spelling(const Expr *E) const {
  const SourceManager &SM = Context.getSourceManager();
  return Lexer::getSourceText(SM.getExpansionRange(E->getSourceRange()), SM,
                              Context.getLangOpts())
      .str();
}

std::optional<int64_t> LintReport::constant(const Expr *E) const {
  // The scanner's own evaluation, so that the lint checks and the policy
  // agree on what is a constant. It keeps the bits of the (sign-extended)
  // value: casting back recovers a negative int.
  policy::ArgValue Value = ArgumentEvaluator(Context, nullptr).evaluate(E);
  if (Value.What != policy::ArgValue::Kind::Constant)
    return std::nullopt;
  return static_cast<int64_t>(Value.Value);
}

} // namespace sysprune::scan::lint
