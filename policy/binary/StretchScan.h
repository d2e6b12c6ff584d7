#pragma once

#include "policy/binary/ArgumentFlow.h"
#include "policy/binary/BinaryImage.h"
#include "policy/binary/CodeScanner.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/MC/MCInst.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::policy::binary {

/// One CodeScanner::scan: decodes [Begin, End) of an image instruction by
/// instruction and gathers its CodeFacts. What straight-line code carries
/// from one instruction to the next (constants, pointers and code addresses
/// in registers) lives here for the length of the scan.
class StretchScan {
public:
  StretchScan(const CodeScanner &Scanner, const BinaryImage &Image,
              uint64_t Begin, uint64_t End,
              const std::set<uint64_t> &SyscallFunctions,
              const std::map<uint64_t, std::string> &PointerSources);

  /// Decodes the stretch linearly; call once.
  CodeFacts run();

private:
  /// Whose code a pointer held in a register leads to.
  struct PointerOwner {
    enum class Kind {
      /// A hook (a weak reference of no type): whatever defines it,
      /// modelled there.
      Hook,
      /// Another library, by soname (it holds the pointer in its data).
      Library,
      /// A named group (its function returned the pointer).
      Group,
    };
    Kind What;
    std::string Name;
  };
  /// A code address held in a register (or a constant that is none).
  struct Callee {
    std::optional<uint64_t> Code;
    std::string Import; // another library's function, from its GOT slot
    uint64_t SetAt = 0; // the instruction that put it there
  };
  /// A call or jump, and where it goes.
  struct Transfer {
    uint64_t Target = 0;
    /// Its target is known (a constant, a relocation, a GOT slot the
    /// loader fills).
    bool Direct = false;
    bool IsCall = false;
    /// Another library's function it goes to.
    std::optional<std::string> Import;
  };
  /// What ArgumentFlow::step needs to know of an instruction's control flow.
  struct FlowEffect {
    std::optional<uint64_t> JumpTarget;
    bool IsCall = false;
    bool EndsFlow = false;
  };

  /// Bytes at Address that did not decode: \returns how many to skip.
  uint64_t skipUndecoded();
  /// The decoded instruction of \p Size bytes at Address.
  void interpret(const llvm::MCInst &Inst, uint64_t Size);

  /// The address \p Inst's memory operand refers to, if it can say.
  std::optional<uint64_t> memoryAddress(const llvm::MCInst &Inst,
                                        uint64_t Size) const;
  std::optional<PointerOwner> ownerOf(unsigned Register) const;
  /// Updates Owners for \p Inst; \returns the owner of the pointer it calls
  /// or jumps through, as known before it.
  std::optional<PointerOwner> trackPointerOwners(const llvm::MCInst &Inst,
                                                 llvm::StringRef Name,
                                                 uint64_t Size);
  /// Whose pointer \p Inst's result is.
  std::optional<PointerOwner>
  ownerOfResult(const llvm::MCInst &Inst, llvm::StringRef Name, uint64_t Size);
  /// Updates CodeAddressIn for \p Inst.
  void trackCodeAddresses(const llvm::MCInst &Inst, llvm::StringRef Name,
                          uint64_t Size);
  /// The code address (or constant) \p Inst puts in its first operand.
  std::optional<Callee> calleeOfResult(const llvm::MCInst &Inst,
                                       llvm::StringRef Name,
                                       uint64_t Size) const;
  /// The code addresses \p Inst computes, and the counts of instructions
  /// since a jump table's load and a local label's computation.
  void noteAddressesTaken(const llvm::MCInst &Inst, llvm::StringRef Name,
                          uint64_t Size);

  /// A syscall instruction.
  void syscallInstruction();
  /// A call or branch.
  FlowEffect controlTransfer(const llvm::MCInst &Inst, uint64_t Size,
                             const std::optional<PointerOwner> &CalledOwner);
  /// Before its target is resolved: where a direct jump \p T lands, for
  /// the paths that join there and the callbacks a jump back bypasses.
  void noteJump(const Transfer &T);
  /// Where the loader, the linker or the library's own exports send \p T.
  void resolveTarget(const llvm::MCInst &Inst, uint64_t Size, Transfer &T);
  /// A call or jump through a pointer whose owner is not known.
  void indirectTransfer(const llvm::MCInst &Inst, bool IsCall);
  /// A call or jump whose target is known.
  void directTransfer(const Transfer &T);
  /// A call to a function that calls back \p Callbacks (argument indices).
  void callbackCall(const std::vector<unsigned> &Callbacks);
  /// What a call or jump leaves of the straight-line state.
  void afterTransfer(const llvm::MCInst &Inst, const Transfer &T);
  /// Constants loaded into the number and first-argument registers.
  void trackConstants(const llvm::MCInst &Inst);

  const CodeScanner &Scanner;
  const BinaryImage &Image;
  const uint64_t Begin, End;
  const std::set<uint64_t> &SyscallFunctions;
  const std::map<uint64_t, std::string> &PointerSources;

  CodeFacts Facts;
  /// The instruction being interpreted.
  uint64_t Address;
  /// The constants last loaded into the number and first-argument registers
  /// in straight-line code; forgotten at every control transfer.
  std::optional<int64_t> Number, FirstArgument;
  bool LastEndsFlow = false, LastIsCall = false;
  /// Instructions since the last load of a jump table's entry.
  unsigned SinceTableLoad = ~0u - 8;
  /// ... and since the last computation of a label of this stretch.
  unsigned SinceLocalLabel = ~0u - 8;
  /// Registers holding a pointer with a known owner (see IndirectInto*), in
  /// straight-line code: a register some instruction writes otherwise loses
  /// it, and so do all at a jump or return.
  std::map<unsigned, PointerOwner> Owners;
  /// Registers holding a code address this stretch computed (or a constant
  /// that is none: NULL, SIG_IGN), in straight-line code likewise: what a
  /// call to a function that takes callbacks hands it.
  std::map<unsigned, Callee> CodeAddressIn;
  /// Where jumps seen so far land further on: other paths join there, with
  /// other values. And the calls whose callbacks were known, which a jump
  /// back over them (a loop) may reach with others.
  std::set<uint64_t> JoinsAhead;
  /// Each such call, with the first instruction that set its callbacks.
  std::vector<std::pair<uint64_t, uint64_t>> KnownCallbackCalls;
  /// x86_64: where syscall numbers passed down as arguments come from.
  std::optional<ArgumentFlow> Flow;
};

} // namespace sysprune::policy::binary
