// Reading a seccomp BPF program back: what each instruction does, for the
// comments of the C forms of a filter (sysprune compile, export --format
// cpp).

#include "policy/bpf/BpfDisassembler.h"

#include "policy/core/SyscallTable.h"

#include <linux/seccomp.h>

#include <cinttypes>
#include <cstddef>
#include <cstdio>
#include <map>

namespace sysprune::policy {

std::string hexLiteral(uint64_t Value) {
  char Text[24];
  std::snprintf(Text, sizeof(Text), "0x%" PRIx64, Value);
  return Text;
}

namespace {

// What the accumulator holds where an instruction runs, as far as every
// path there agrees: a seccomp_data field ("nr", "args[1].lo32") or "A",
// and the architecture an earlier check established (0: unknown).
struct Accumulator {
  bool Reached = false;
  std::string Holds = "A";
  uint32_t Arch = 0;
};

void mergeInto(Accumulator &Into, const Accumulator &From) {
  if (!Into.Reached) {
    Into = From;
    Into.Reached = true;
    return;
  }
  if (Into.Holds != From.Holds)
    Into.Holds = "A";
  if (Into.Arch != From.Arch)
    Into.Arch = 0;
}

// The seccomp_data field at byte \p Offset.
std::string fieldAt(uint32_t Offset) {
  if (Offset == offsetof(seccomp_data, nr))
    return "nr";
  if (Offset == offsetof(seccomp_data, arch))
    return "arch";
  bool Little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
  const char *Half = (Offset % 8 == 0) == Little ? ".lo32" : ".hi32";
  size_t Args = offsetof(seccomp_data, args);
  if (Offset >= Args && Offset < sizeof(seccomp_data))
    return "args[" + std::to_string((Offset - Args) / 8) + "]" + Half;
  if (Offset >= offsetof(seccomp_data, instruction_pointer) && Offset < Args)
    return std::string("instruction_pointer") + Half;
  return "data[" + std::to_string(Offset) + "]";
}

// Each architecture sysprune knows, by its AUDIT_ARCH_* value.
const std::map<uint32_t, SyscallTable> &architectures() {
  static const std::map<uint32_t, SyscallTable> Tables = [] {
    std::map<uint32_t, SyscallTable> Tables;
    for (const std::string &Name : knownArchitectures())
      if (auto Table = SyscallTable::forArchitecture(Name))
        Tables.emplace(Table->token(), std::move(*Table));
    return Tables;
  }();
  return Tables;
}

// \p K as what the accumulator is compared with: an architecture, a
// syscall name (on an architecture checked before: `nr >= fcntl`), or a
// number.
std::string operand(const Accumulator &A, uint32_t K, bool Named) {
  const auto &Tables = architectures();
  if (A.Holds == "arch")
    if (auto It = Tables.find(K); It != Tables.end())
      return It->second.architecture();
  if (A.Holds == "nr" && Named && A.Arch)
    if (auto It = Tables.find(A.Arch); It != Tables.end())
      if (auto Name = It->second.name(static_cast<int>(K)))
        return *Name;
  return K < 0x1000 ? std::to_string(K) : hexLiteral(K);
}

std::string returnText(uint32_t K) {
  std::string Data = std::to_string(K & SECCOMP_RET_DATA);
  switch (K & SECCOMP_RET_ACTION_FULL) {
  case SECCOMP_RET_KILL_PROCESS:
    return "KILL_PROCESS";
  case SECCOMP_RET_KILL_THREAD:
    return "KILL_THREAD";
  case SECCOMP_RET_TRAP:
    return "TRAP";
  case SECCOMP_RET_ERRNO:
    return "ERRNO(" + Data + ")";
  case SECCOMP_RET_USER_NOTIF:
    return "USER_NOTIF";
  case SECCOMP_RET_TRACE:
    return "TRACE(" + Data + ")";
  case SECCOMP_RET_LOG:
    return "LOG";
  case SECCOMP_RET_ALLOW:
    return "ALLOW";
  }
  return hexLiteral(K);
}

// A conditional jump as `if (COND) goto T`, with the condition negated
// where the jump falls through when it holds.
std::string jumpText(const sock_filter &I, size_t Index, const Accumulator &A) {
  std::string Right = BPF_SRC(I.code) == BPF_X
                          ? std::string("X")
                          : operand(A, I.k, BPF_OP(I.code) != BPF_JSET);
  std::string Holds, Fails;
  switch (BPF_OP(I.code)) {
  case BPF_JEQ:
    Holds = A.Holds + " == " + Right;
    Fails = A.Holds + " != " + Right;
    break;
  case BPF_JGT:
    Holds = A.Holds + " > " + Right;
    Fails = A.Holds + " <= " + Right;
    break;
  case BPF_JGE:
    Holds = A.Holds + " >= " + Right;
    Fails = A.Holds + " < " + Right;
    break;
  default: // BPF_JSET
    Holds = A.Holds + " & " + Right;
    Fails = "!(" + Holds + ")";
  }
  std::string True = std::to_string(Index + 1 + I.jt);
  std::string False = std::to_string(Index + 1 + I.jf);
  if (I.jf == 0)
    return "if (" + Holds + ") goto " + True;
  if (I.jt == 0)
    return "if (" + Fails + ") goto " + False;
  return "if (" + Holds + ") goto " + True + " else goto " + False;
}

// What \p I does, in words, given what the accumulator holds before it;
// updates \p A to what it holds after.
std::string instructionText(const sock_filter &I, size_t Index,
                            Accumulator &A) {
  static const char *const AluOps[] = {
      "+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^="};
  std::string K = I.k < 0x1000 ? std::to_string(I.k) : hexLiteral(I.k);
  std::string Source = BPF_SRC(I.code) == BPF_X ? std::string("X") : K;
  switch (BPF_CLASS(I.code)) {
  case BPF_LD:
    if (BPF_MODE(I.code) == BPF_ABS) {
      A.Holds = fieldAt(I.k);
      return "A = " + A.Holds;
    }
    A.Holds = "A";
    if (BPF_MODE(I.code) == BPF_MEM)
      return "A = M[" + std::to_string(I.k) + "]";
    if (BPF_MODE(I.code) == BPF_LEN)
      return "A = sizeof(seccomp_data)";
    return "A = " + K;
  case BPF_LDX:
    return BPF_MODE(I.code) == BPF_MEM ? "X = M[" + std::to_string(I.k) + "]"
                                       : "X = " + K;
  case BPF_ST:
    return "M[" + std::to_string(I.k) + "] = A";
  case BPF_STX:
    return "M[" + std::to_string(I.k) + "] = X";
  case BPF_ALU: {
    unsigned Op = BPF_OP(I.code) >> 4;
    std::string Held = A.Holds;
    A.Holds = "A";
    if (BPF_OP(I.code) == BPF_NEG)
      return "A = -A";
    if (BPF_OP(I.code) == BPF_AND && BPF_SRC(I.code) == BPF_K && Held != "A") {
      A.Holds = "(" + Held + " & " + hexLiteral(I.k) + ")";
      return "A = " + A.Holds;
    }
    return std::string("A ") + (Op < 11 ? AluOps[Op] : "?=") + " " + Source;
  }
  case BPF_JMP:
    if (BPF_OP(I.code) == BPF_JA)
      return "goto " + std::to_string(Index + 1 + I.k);
    return jumpText(I, Index, A);
  case BPF_RET:
    return BPF_RVAL(I.code) == BPF_A ? "return A" : "return " + returnText(I.k);
  default: // BPF_MISC
    A.Holds = BPF_MISCOP(I.code) == BPF_TXA ? "A" : A.Holds;
    return BPF_MISCOP(I.code) == BPF_TAX ? "X = A" : "A = X";
  }
}

} // namespace

std::string disassembleAsInitialisers(const BpfProgram &Program) {
  const std::vector<sock_filter> &Code = Program.Instructions;
  std::vector<Accumulator> Before(Code.size() + 1);
  if (!Code.empty())
    Before[0].Reached = true;
  int Width = static_cast<int>(std::to_string(Code.size()).size());
  std::string Out;
  char Line[64];
  for (size_t Index = 0; Index < Code.size(); ++Index) {
    const sock_filter &I = Code[Index];
    Accumulator After = Before[Index];
    std::string Text = instructionText(I, Index, After);
    std::snprintf(Line, sizeof(Line),
                  "    {0x%04x, %u, %u, 0x%08x}, /* %*zu: ", I.code, I.jt, I.jf,
                  I.k, Width, Index);
    Out += Line + Text + " */\n";
    auto Reach = [&](size_t Target, const Accumulator &State) {
      if (Target < Before.size())
        mergeInto(Before[Target], State);
    };
    if (BPF_CLASS(I.code) == BPF_RET)
      continue;
    if (BPF_CLASS(I.code) != BPF_JMP) {
      Reach(Index + 1, After);
    } else if (BPF_OP(I.code) == BPF_JA) {
      Reach(Index + 1 + I.k, After);
    } else {
      Accumulator Taken = After;
      if (After.Holds == "arch" && BPF_OP(I.code) == BPF_JEQ &&
          BPF_SRC(I.code) == BPF_K)
        Taken.Arch = I.k;
      Reach(Index + 1 + I.jt, Taken);
      Reach(Index + 1 + I.jf, After);
    }
  }
  return Out;
}

} // namespace sysprune::policy
