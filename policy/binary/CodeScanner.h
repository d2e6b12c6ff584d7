#pragma once

#include "policy/binary/ArgumentFlow.h"
#include "policy/binary/BinaryImage.h"

#include <llvm/MC/MCAsmInfo.h>
#include <llvm/MC/MCContext.h>
#include <llvm/MC/MCDisassembler/MCDisassembler.h>
#include <llvm/MC/MCInstrAnalysis.h>
#include <llvm/MC/MCInstrInfo.h>
#include <llvm/MC/MCRegisterInfo.h>
#include <llvm/MC/MCSubtargetInfo.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// Registers LLVM's x86 and AArch64 targets (disassemblers, instruction
/// analysis), once.
void initialiseTargets();

/// What one stretch of machine code (a function, or part of one) does.
struct CodeFacts {
  /// Code in the same image it calls or jumps to outside the stretch.
  std::set<uint64_t> Calls;
  /// Symbols of other libraries it calls or jumps to (through the PLT).
  std::set<std::string> Imports;
  /// Syscall numbers of its syscall instructions and of its calls to the
  /// generic syscall() with a constant number.
  std::set<long> Syscalls;
  /// Syscall instructions (or syscall() calls) whose number is not a
  /// constant loaded just before.
  unsigned UnknownSyscalls = 0;
  /// Calls and jumps through a register or memory, except a switch's jump
  /// table (its targets are in the stretch) and a GOT slot the loader fills
  /// (an import, or an IFUNC's resolver: in Imports and Calls instead).
  unsigned IndirectCalls = 0;
  /// Code addresses it computes (x86_64: `lea f(%rip)`): functions it may
  /// pass on, store or call through a pointer.
  std::set<uint64_t> AddressTaken;
  /// Functions of other libraries whose address it loads from their GOT
  /// slots (`mov f@GOTPCREL(%rip)`) without calling them there: it may
  /// call them through the pointer, or hand them on.
  std::set<std::string> ImportsTaken;
  /// Calls to another library's function that calls back what it is given
  /// (pthread_once, atexit, qsort: see callbackArguments) ...
  unsigned CallbackCalls = 0;
  /// ... the code addresses the stretch handed them ...
  std::set<uint64_t> CallbackTargets;
  /// ... and how many of those calls got a callback it did not compute
  /// (a pointer passed in, or handed over in memory).
  unsigned UnknownCallbacks = 0;
  /// Calls through pointers whose owner is known (x86_64), not in
  /// IndirectCalls: pointers read out of another library's data object
  /// (glibc's clock_gettime reading the vDSO's address from ld.so's
  /// _rtld_global_ro), by the library's soname ...
  std::set<std::string> IndirectIntoLibraries;
  /// ... and pointers a named group's function returned ("@cancel":
  /// libgcc_s's unwinder, which __libc_unwind_link_get hands out).
  std::set<std::string> IndirectIntoGroups;
  /// x86_64: syscall instructions whose number is one of the stretch's own
  /// arguments (ValueSource::Argument's index), for its callers to give ...
  std::set<int64_t> NumberFromArguments;
  /// ... and its direct calls and jumps within the image, with what they
  /// pass as the first eight arguments.
  struct CallArguments {
    uint64_t Target = 0;
    std::vector<ValueSource> Arguments;
  };
  std::vector<CallArguments> ArgumentsAtCalls;
  /// The stretch ends without a return or jump: it falls into the next.
  bool FallsThrough = false;
  /// ... and its last instruction is a call.
  bool EndsWithCall = false;
  /// Bytes that did not decode.
  unsigned UndecodedBytes = 0;
};

/// Decodes machine code with LLVM's disassembler for one architecture
/// (x86_64 or aarch64) and extracts CodeFacts.
class CodeScanner {
public:
  static llvm::Expected<std::unique_ptr<CodeScanner>>
  create(llvm::Triple::ArchType Arch);

  /// Decodes [Begin, End) of \p Image linearly. \p SyscallFunctions are
  /// the generic syscall() function, whose first argument is the number;
  /// \p PointerSources functions whose return value is a pointer owned by
  /// the named group.
  CodeFacts scan(const BinaryImage &Image, uint64_t Begin, uint64_t End,
                 const std::set<uint64_t> &SyscallFunctions,
                 const std::map<uint64_t, std::string> &PointerSources) const;

private:
  /// Decodes one stretch for scan(), with the disassembler, the instruction
  /// analysis and the registers looked up here.
  friend class StretchScan;

  CodeScanner() = default;
  bool writes(const llvm::MCInst &Inst, unsigned Register) const;
  std::optional<int64_t> constantLoad(const llvm::MCInst &Inst,
                                      unsigned Register) const;

  llvm::Triple TargetTriple;
  std::unique_ptr<llvm::MCRegisterInfo> RegisterInfo;
  std::unique_ptr<llvm::MCAsmInfo> AsmInfo;
  std::unique_ptr<llvm::MCSubtargetInfo> SubtargetInfo;
  std::unique_ptr<llvm::MCInstrInfo> InstrInfo;
  std::unique_ptr<llvm::MCContext> Context;
  std::unique_ptr<llvm::MCDisassembler> Disassembler;
  std::unique_ptr<llvm::MCInstrAnalysis> Analysis;
  /// The syscall number register and the first argument register.
  unsigned NumberRegister = 0;
  unsigned FirstArgumentRegister = 0;
  /// The registers of a call's first six arguments.
  std::vector<unsigned> ArgumentRegisters;
  /// x86_64: rip, rax (a call's result) and the registers a call may
  /// clobber.
  unsigned InstructionPointer = 0;
  unsigned ReturnRegister = 0;
  std::vector<unsigned> CallerSaved;
  /// x86_64: what ArgumentFlow follows.
  ArgumentFlow::Registers FlowRegisters;
  unsigned SyscallOpcode = ~0u;
};

} // namespace sysprune::policy::binary
