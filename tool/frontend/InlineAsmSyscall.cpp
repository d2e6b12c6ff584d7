#include "tool/frontend/InlineAsmSyscall.h"

#include <clang/AST/Expr.h>
#include <clang/Basic/TargetInfo.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Regex.h>

namespace sysprune::scan {

namespace {
using namespace clang;

/// The syscall-number register and argument registers as GCC constraints.
struct CallingConvention {
  llvm::StringRef Instruction;
  std::vector<llvm::StringRef> NumberConstraints;
  std::vector<std::vector<llvm::StringRef>> ArgumentConstraints;
  const char *ImmediatePattern;
};

const CallingConvention &convention(const ASTContext &Context) {
  static const CallingConvention X86_64{
      "syscall",
      {"a", "{rax}", "{eax}"},
      {{"D", "{rdi}"},
       {"S", "{rsi}"},
       {"d", "{rdx}"},
       {"{r10}"},
       {"{r8}"},
       {"{r9}"}},
      // mov $NR, %eax / movl $NR, %eax / mov $NR, %rax
      // (generateAsmString writes a literal '$' as "$$").
      "mov[lq]?[[:space:]]+\\$\\$?([0-9]+|0x[0-9a-fA-F]+),[[:space:]]*%[re]ax"};
  static const CallingConvention AArch64{
      "svc",
      {"{x8}", "{w8}"},
      {{"{x0}"}, {"{x1}"}, {"{x2}"}, {"{x3}"}, {"{x4}"}, {"{x5}"}},
      // mov x8, #NR / mov w8, #NR
      "mov[[:space:]]+[xw]8,[[:space:]]*#([0-9]+|0x[0-9a-fA-F]+)"};
  return Context.getTargetInfo().getTriple().isAArch64() ? AArch64 : X86_64;
}

bool matches(llvm::StringRef Constraint,
             const std::vector<llvm::StringRef> &Options) {
  Constraint = Constraint.ltrim("=+&");
  for (llvm::StringRef O : Options)
    if (Constraint == O)
      return true;
  return false;
}

/// The input operand in one of \p Options, also through a matching
/// constraint ("0") tied to an output in that register.
const Expr *inputIn(const GCCAsmStmt &S,
                    const std::vector<llvm::StringRef> &Options) {
  for (unsigned I = 0; I < S.getNumInputs(); ++I) {
    llvm::StringRef C = S.getInputConstraint(I);
    if (matches(C, Options))
      return S.getInputExpr(I);
    unsigned Tied = 0;
    if (!C.getAsInteger(10, Tied) && Tied < S.getNumOutputs() &&
        matches(S.getOutputConstraint(Tied), Options))
      return S.getInputExpr(I);
  }
  return nullptr;
}
} // namespace

std::optional<InlineAsmSyscall> findInlineAsmSyscall(const GCCAsmStmt &S,
                                                     ASTContext &Context) {
  const CallingConvention &CC = convention(Context);
  std::string Text = S.generateAsmString(Context);
  llvm::Regex Instruction("(^|[^[:alnum:]_])" + CC.Instruction.str() +
                          "([^[:alnum:]_]|$)");
  if (!Instruction.match(Text))
    return std::nullopt;
  InlineAsmSyscall Result;
  if (const Expr *Number = inputIn(S, CC.NumberConstraints)) {
    Expr::EvalResult Value;
    if (!Number->isValueDependent() && Number->EvaluateAsInt(Value, Context))
      Result.Number = Value.Val.getInt().getExtValue();
  } else {
    llvm::SmallVector<llvm::StringRef, 2> Groups;
    long Immediate = 0;
    if (llvm::Regex(CC.ImmediatePattern).match(Text, &Groups) &&
        !Groups[1].getAsInteger(0, Immediate))
      Result.Number = Immediate;
  }
  for (const auto &Options : CC.ArgumentConstraints)
    Result.Arguments.push_back(inputIn(S, Options));
  return Result;
}

} // namespace sysprune::scan
