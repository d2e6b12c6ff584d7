#include "tool/frontend/ArgumentEvaluator.h"

#include <clang/AST/RecursiveASTVisitor.h>

namespace sysprune::scan {

namespace {
using namespace clang;

/// Finds the parameters a function body may change.
class ModifiedParameters : public RecursiveASTVisitor<ModifiedParameters> {
public:
  explicit ModifiedParameters(std::set<const ParmVarDecl *> &Out) : Out(Out) {}

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      note(E->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *E) {
    if (E->isIncrementDecrementOp() || E->getOpcode() == UO_AddrOf)
      note(E->getSubExpr());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *E) {
    if (E->isAssignmentOp() && E->getNumArgs() > 0)
      note(E->getArg(0));
    return true;
  }
  /// A parameter bound to a non-const reference may be changed through it.
  bool VisitVarDecl(VarDecl *D) {
    if (D->getType()->isReferenceType() &&
        !D->getType().getNonReferenceType().isConstQualified() && D->getInit())
      note(D->getInit());
    return true;
  }

private:
  void note(const Expr *E) {
    if (auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (auto *P = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        Out.insert(P);
  }
  std::set<const ParmVarDecl *> &Out;
};
} // namespace

ArgumentEvaluator::ArgumentEvaluator(ASTContext &Context,
                                     const FunctionDecl *Function)
    : Context(Context), Function(Function) {
  if (Function && Function->hasBody())
    ModifiedParameters(Modified).TraverseStmt(Function->getBody());
}

policy::ArgValue ArgumentEvaluator::evaluate(const Expr *E) const {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return {};
  Expr::EvalResult Result;
  if (E->isIntegerConstantExpr(Context) && E->EvaluateAsInt(Result, Context))
    return policy::ArgValue::constant(
        static_cast<uint64_t>(Result.Val.getInt().getExtValue()));
  const Expr *Inner = E->IgnoreParenCasts();
  // `flags | SIGCHLD`: the parameter's values with constant bits added, as
  // raw clone wrappers do.
  if (auto *Or = dyn_cast<BinaryOperator>(Inner);
      Or && Or->getOpcode() == BO_Or) {
    policy::ArgValue L = evaluate(Or->getLHS()), R = evaluate(Or->getRHS());
    if (L.What == policy::ArgValue::Kind::Constant)
      std::swap(L, R);
    if (L.What == policy::ArgValue::Kind::Parameter &&
        R.What == policy::ArgValue::Kind::Constant)
      return policy::ArgValue::parameter(L.Param, L.Value | R.Value);
    return {};
  }
  // Integer conversions of a parameter keep its values for the small
  // operation codes that argument rules are about.
  if (auto *Ref = dyn_cast<DeclRefExpr>(Inner))
    if (auto *P = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      if (Function && P->getDeclContext() == Function && !Modified.count(P) &&
          P->getType()->isIntegralOrEnumerationType())
        return policy::ArgValue::parameter(P->getFunctionScopeIndex());
  return {};
}

} // namespace sysprune::scan
