#pragma once

#include <llvm/ADT/StringRef.h>
#include <llvm/MC/MCInst.h>
#include <llvm/MC/MCInstrInfo.h>
#include <llvm/MC/MCRegisterInfo.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace sysprune::policy::binary {

/// Where a value in straight-line x86_64 code comes from.
struct ValueSource {
  enum class Kind {
    Unknown,
    /// Value is the constant.
    Constant,
    /// Value is the index of the stretch's own argument, in the System V
    /// order: 0-5 the registers (rdi, rsi, rdx, rcx, r8, r9), 6 on the
    /// first stack slot, 7 the next.
    Argument,
  };
  Kind What = Kind::Unknown;
  int64_t Value = 0;

  friend bool operator==(const ValueSource &, const ValueSource &) = default;
};

/// Follows, through one stretch of x86_64 code decoded from its start,
/// where the argument registers and the stack slots hold their values from:
/// constants, or the stretch's own arguments (registers at its entry, the
/// caller's stack slots at fixed depths). glibc 2.41 passes the number of a
/// cancellable syscall down a chain of internal functions this way, as the
/// seventh argument on the stack (`push $230; call __syscall_cancel`).
/// Anything it cannot follow becomes Unknown; a join of paths forgets the
/// registers and keeps the stack depth only where the paths agree.
class ArgumentFlow {
public:
  /// The x86_64 registers it follows, looked up once by the scanner.
  struct Registers {
    unsigned StackPointer = 0;
    unsigned Number = 0;
    /// rdi, rsi, rdx, rcx, r8, r9.
    std::vector<unsigned> Arguments;
    /// What a call may clobber.
    std::vector<unsigned> CallerSaved;
  };

  ArgumentFlow(const llvm::MCRegisterInfo &Info,
               const llvm::MCInstrInfo &Instructions, const Registers &Named);

  /// Before the instruction at \p Address: a jump elsewhere lands here.
  void joinAt(uint64_t Address);
  /// After \p Inst: its effect on registers and the stack. \p JumpTarget
  /// is a direct jump's destination, if any; \p EndsFlow: nothing falls
  /// through (ret, jmp).
  void step(const llvm::MCInst &Inst, std::optional<uint64_t> JumpTarget,
            bool IsCall, bool EndsFlow);
  /// Bytes that did not decode: nothing is known after them.
  void lose();

  /// What the syscall number register (rax) holds now.
  ValueSource number() const;
  /// What a call (\p IsCall) or jump made now passes as argument \p Index
  /// (System V order, as ValueSource::Argument).
  ValueSource argument(unsigned Index, bool IsCall) const;

private:
  ValueSource registerSource(unsigned Register) const;
  ValueSource slotSource(int64_t Offset) const;
  std::optional<int64_t> stackOffset(const llvm::MCInst &Inst,
                                     unsigned MemoryOperand) const;
  void setRegister(unsigned Register, ValueSource Source);
  void forgetWrites(const llvm::MCInst &Inst);
  /// What step() makes of a push, a pop or an adjustment of rsp; false
  /// for any other instruction.
  bool stepStack(const llvm::MCInst &Inst, llvm::StringRef Name);
  /// What step() makes of a move of a register, a constant or a stack slot
  /// into a register or a stack slot; false for any other instruction.
  bool stepMove(const llvm::MCInst &Inst, llvm::StringRef Name);

  const llvm::MCRegisterInfo &Info;
  const llvm::MCInstrInfo &Instructions;
  const Registers &Named;
  /// 64-bit register -> its source.
  std::map<unsigned, ValueSource> InRegister;
  /// Bytes pushed since the entry (rsp = entry rsp - Depth); unset when not
  /// known.
  std::optional<int64_t> Depth = 0;
  /// Stack slots written since the entry, by their offset from the entry's
  /// rsp (negative), and the values put there.
  std::map<int64_t, ValueSource> InSlot;
  /// Every slot some instruction so far wrote: the caller's stack
  /// arguments there no longer hold what the caller passed.
  std::set<int64_t> Clobbered;
  /// The depth at each jump target seen so far, or unset where jumps
  /// disagree.
  std::map<uint64_t, std::optional<int64_t>> DepthAt;
  bool FlowEnded = false;
};

} // namespace sysprune::policy::binary
