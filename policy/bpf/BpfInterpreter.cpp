// A classic-BPF interpreter for seccomp programs: how tests prove two
// filters equivalent without installing either, and how instruction counts
// are measured.

#include "policy/bpf/BpfInterpreter.h"

#include <cstring>

namespace sysprune::policy {

namespace {
bool refuse(std::string *Why, std::string Message) {
  if (Why)
    *Why = std::move(Message);
  return false;
}

// The kernel loads 32-bit words at 4-byte aligned offsets of seccomp_data
// only.
bool loadWord(const seccomp_data &Data, uint32_t Offset, uint32_t &Out) {
  if (Offset % 4 || Offset + 4 > sizeof(seccomp_data))
    return false;
  std::memcpy(&Out, reinterpret_cast<const char *>(&Data) + Offset, 4);
  return true;
}

bool alu(uint16_t Op, uint32_t &A, uint32_t Operand) {
  switch (Op) {
  case BPF_ADD:
    A += Operand;
    return true;
  case BPF_SUB:
    A -= Operand;
    return true;
  case BPF_MUL:
    A *= Operand;
    return true;
  case BPF_DIV:
    if (!Operand)
      return false;
    A /= Operand;
    return true;
  case BPF_MOD:
    if (!Operand)
      return false;
    A %= Operand;
    return true;
  case BPF_OR:
    A |= Operand;
    return true;
  case BPF_AND:
    A &= Operand;
    return true;
  case BPF_XOR:
    A ^= Operand;
    return true;
  case BPF_LSH:
    A = Operand >= 32 ? 0 : A << Operand;
    return true;
  case BPF_RSH:
    A = Operand >= 32 ? 0 : A >> Operand;
    return true;
  case BPF_NEG:
    A = -A;
    return true;
  }
  return false;
}
} // namespace

std::optional<FilterVerdict>
interpretFilter(const std::vector<sock_filter> &Program,
                const seccomp_data &Data, std::string *Why) {
  uint32_t A = 0, X = 0, Memory[BPF_MEMWORDS] = {};
  FilterVerdict Verdict;
  for (size_t Pc = 0; Pc < Program.size(); ++Pc) {
    const sock_filter &I = Program[Pc];
    ++Verdict.Executed;
    auto jumpTo = [&](size_t Offset) {
      // Jumps go forward only; the loop's ++Pc makes it Pc + 1 + Offset.
      Pc += Offset;
      return Pc + 1 < Program.size() ||
             refuse(Why, "jump out of the program at " + std::to_string(Pc));
    };
    switch (BPF_CLASS(I.code)) {
    case BPF_LD:
    case BPF_LDX: {
      uint32_t &Target = BPF_CLASS(I.code) == BPF_LD ? A : X;
      switch (BPF_MODE(I.code)) {
      case BPF_ABS:
        if (BPF_CLASS(I.code) != BPF_LD || BPF_SIZE(I.code) != BPF_W ||
            !loadWord(Data, I.k, Target)) {
          refuse(Why, "invalid load at " + std::to_string(Pc));
          return std::nullopt;
        }
        break;
      case BPF_IMM:
        Target = I.k;
        break;
      case BPF_MEM:
        if (I.k >= BPF_MEMWORDS) {
          refuse(Why, "scratch memory out of range at " + std::to_string(Pc));
          return std::nullopt;
        }
        Target = Memory[I.k];
        break;
      case BPF_LEN:
        Target = sizeof(seccomp_data);
        break;
      default:
        refuse(Why, "unsupported load at " + std::to_string(Pc));
        return std::nullopt;
      }
      break;
    }
    case BPF_ST:
    case BPF_STX:
      if (I.k >= BPF_MEMWORDS) {
        refuse(Why, "scratch memory out of range at " + std::to_string(Pc));
        return std::nullopt;
      }
      Memory[I.k] = BPF_CLASS(I.code) == BPF_ST ? A : X;
      break;
    case BPF_ALU:
      if (!alu(BPF_OP(I.code), A, BPF_SRC(I.code) == BPF_X ? X : I.k)) {
        refuse(Why, "invalid arithmetic at " + std::to_string(Pc));
        return std::nullopt;
      }
      break;
    case BPF_JMP: {
      if (BPF_OP(I.code) == BPF_JA) {
        if (!jumpTo(I.k))
          return std::nullopt;
        break;
      }
      uint32_t Operand = BPF_SRC(I.code) == BPF_X ? X : I.k;
      bool Taken = false;
      switch (BPF_OP(I.code)) {
      case BPF_JEQ:
        Taken = A == Operand;
        break;
      case BPF_JGT:
        Taken = A > Operand;
        break;
      case BPF_JGE:
        Taken = A >= Operand;
        break;
      case BPF_JSET:
        Taken = (A & Operand) != 0;
        break;
      default:
        refuse(Why, "unsupported jump at " + std::to_string(Pc));
        return std::nullopt;
      }
      if (!jumpTo(Taken ? I.jt : I.jf))
        return std::nullopt;
      break;
    }
    case BPF_RET:
      Verdict.Action = BPF_RVAL(I.code) == BPF_A ? A : I.k;
      return Verdict;
    case BPF_MISC:
      if (BPF_MISCOP(I.code) == BPF_TAX)
        X = A;
      else
        A = X;
      break;
    }
  }
  refuse(Why, "the program ends without a return");
  return std::nullopt;
}

} // namespace sysprune::policy
