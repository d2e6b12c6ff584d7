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

/// What a seccomp program runs on: the syscall it looks at, its
/// accumulator and index registers, and its scratch memory.
struct Machine {
  const seccomp_data &Data;
  uint32_t A = 0, X = 0, Memory[BPF_MEMWORDS] = {};

  /// Runs the load \p I (at \p Pc) into A or X; false, with Why set, when
  /// the kernel would refuse it.
  bool load(const sock_filter &I, size_t Pc, std::string *Why) {
    uint32_t &Target = BPF_CLASS(I.code) == BPF_LD ? A : X;
    switch (BPF_MODE(I.code)) {
    case BPF_ABS:
      if (BPF_CLASS(I.code) != BPF_LD || BPF_SIZE(I.code) != BPF_W ||
          !loadWord(Data, I.k, Target))
        return refuse(Why, "invalid load at " + std::to_string(Pc));
      return true;
    case BPF_IMM:
      Target = I.k;
      return true;
    case BPF_MEM:
      if (I.k >= BPF_MEMWORDS)
        return refuse(Why,
                      "scratch memory out of range at " + std::to_string(Pc));
      Target = Memory[I.k];
      return true;
    case BPF_LEN:
      Target = sizeof(seccomp_data);
      return true;
    default:
      return refuse(Why, "unsupported load at " + std::to_string(Pc));
    }
  }

  /// Runs the store \p I (at \p Pc) of A or X; false, with Why set, when
  /// it is out of the scratch memory.
  bool store(const sock_filter &I, size_t Pc, std::string *Why) {
    if (I.k >= BPF_MEMWORDS)
      return refuse(Why,
                    "scratch memory out of range at " + std::to_string(Pc));
    Memory[I.k] = BPF_CLASS(I.code) == BPF_ST ? A : X;
    return true;
  }

  /// Runs the jump \p I at \p Pc of a program of \p Size instructions: Pc
  /// becomes the instruction before the next to run (the loop's ++Pc moves
  /// on from there). false, with Why set, for a jump the kernel does not
  /// know or one out of the program.
  bool jump(const sock_filter &I, size_t &Pc, size_t Size,
            std::string *Why) const {
    size_t Offset = I.k;
    if (BPF_OP(I.code) != BPF_JA) {
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
        return refuse(Why, "unsupported jump at " + std::to_string(Pc));
      }
      Offset = Taken ? I.jt : I.jf;
    }
    // Jumps go forward only; the loop's ++Pc makes it Pc + 1 + Offset.
    Pc += Offset;
    return Pc + 1 < Size ||
           refuse(Why, "jump out of the program at " + std::to_string(Pc));
  }
};
std::optional<FilterVerdict> runFilter(const std::vector<sock_filter> &Program,
                                       const seccomp_data &Data,
                                       std::string *Why) {
  Machine M{Data};
  FilterVerdict Verdict;
  for (size_t Pc = 0; Pc < Program.size(); ++Pc) {
    const sock_filter &I = Program[Pc];
    ++Verdict.Executed;
    bool Valid = true;
    switch (BPF_CLASS(I.code)) {
    case BPF_LD:
    case BPF_LDX:
      Valid = M.load(I, Pc, Why);
      break;
    case BPF_ST:
    case BPF_STX:
      Valid = M.store(I, Pc, Why);
      break;
    case BPF_ALU:
      Valid = alu(BPF_OP(I.code), M.A, BPF_SRC(I.code) == BPF_X ? M.X : I.k) ||
              refuse(Why, "invalid arithmetic at " + std::to_string(Pc));
      break;
    case BPF_JMP:
      Valid = M.jump(I, Pc, Program.size(), Why);
      break;
    case BPF_RET:
      Verdict.Action = BPF_RVAL(I.code) == BPF_A ? M.A : I.k;
      return Verdict;
    case BPF_MISC:
      if (BPF_MISCOP(I.code) == BPF_TAX)
        M.X = M.A;
      else
        M.A = M.X;
      break;
    }
    if (!Valid)
      return std::nullopt;
  }
  refuse(Why, "the program ends without a return");
  return std::nullopt;
}

} // namespace

std::optional<FilterVerdict>
interpretFilter(const std::vector<sock_filter> &Program,
                const seccomp_data &Data, Diagnostics *Diags) {
  std::string Why;
  auto Verdict = runFilter(Program, Data, &Why);
  if (!Verdict && Diags)
    Diags->push_back({Severity::Error,
                      {},
                      "the kernel would not load the filter: " + Why,
                      ""});
  return Verdict;
}

} // namespace sysprune::policy
