#include "policy/binary/CodeScanner.h"

#include "policy/library/CallbackFunctions.h"

#include <llvm/MC/MCAsmInfo.h>
#include <llvm/MC/MCInst.h>
#include <llvm/MC/MCInstrDesc.h>
#include <llvm/MC/MCTargetOptions.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>

#include <mutex>

namespace sysprune::policy::binary {

namespace {
using namespace llvm;

} // namespace

void initialiseTargets() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86Disassembler();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64Disassembler();
  });
}

namespace {

/// Whose code a pointer held in a register leads to.
struct PointerOwner {
  enum class Kind {
    /// A hook (a weak reference of no type): whatever defines it, modelled
    /// there.
    Hook,
    /// Another library, by soname (it holds the pointer in its data).
    Library,
    /// A named group (its function returned the pointer).
    Group,
  };
  Kind What;
  std::string Name;
};

unsigned registerNamed(const MCRegisterInfo &Info, StringRef Name) {
  for (unsigned R = 1; R < Info.getNumRegs(); ++R)
    if (Name.equals_insensitive(Info.getName(R)))
      return R;
  return 0;
}

unsigned opcodeNamed(const MCInstrInfo &Info, StringRef Name) {
  for (unsigned O = 0; O < Info.getNumOpcodes(); ++O)
    if (Info.getName(O) == Name)
      return O;
  return ~0u;
}
} // namespace

Expected<std::unique_ptr<CodeScanner>>
CodeScanner::create(Triple::ArchType Arch) {
  initialiseTargets();
  std::unique_ptr<CodeScanner> S(new CodeScanner);
  const char *Number, *FirstArgument, *Syscall;
  switch (Arch) {
  case Triple::x86_64:
    S->TargetTriple = Triple("x86_64-unknown-linux-gnu");
    Number = "RAX";
    FirstArgument = "RDI";
    Syscall = "SYSCALL";
    break;
  case Triple::aarch64:
    S->TargetTriple = Triple("aarch64-unknown-linux-gnu");
    Number = "X8";
    FirstArgument = "X0";
    Syscall = "SVC";
    break;
  default:
    return createStringError(inconvertibleErrorCode(),
                             "unsupported architecture '%s' (x86_64 and "
                             "aarch64 are)",
                             Triple::getArchTypeName(Arch).str().c_str());
  }
  std::string Error;
  const Target *T =
      TargetRegistry::lookupTarget(S->TargetTriple.getTriple(), Error);
  if (!T)
    return createStringError(inconvertibleErrorCode(), Error.c_str());
  S->RegisterInfo.reset(T->createMCRegInfo(S->TargetTriple.getTriple()));
  MCTargetOptions Options;
  S->AsmInfo.reset(T->createMCAsmInfo(*S->RegisterInfo,
                                      S->TargetTriple.getTriple(), Options));
  S->SubtargetInfo.reset(
      T->createMCSubtargetInfo(S->TargetTriple.getTriple(), "", ""));
  S->InstrInfo.reset(T->createMCInstrInfo());
  S->Context = std::make_unique<MCContext>(S->TargetTriple, S->AsmInfo.get(),
                                           S->RegisterInfo.get(),
                                           S->SubtargetInfo.get());
  S->Disassembler.reset(
      T->createMCDisassembler(*S->SubtargetInfo, *S->Context));
  S->Analysis.reset(T->createMCInstrAnalysis(S->InstrInfo.get()));
  if (!S->Disassembler || !S->Analysis)
    return createStringError(inconvertibleErrorCode(),
                             "LLVM has no disassembler for this target");
  if (Arch == Triple::x86_64) {
    S->InstructionPointer = registerNamed(*S->RegisterInfo, "RIP");
    S->ReturnRegister = registerNamed(*S->RegisterInfo, "RAX");
    for (const char *R :
         {"RAX", "RCX", "RDX", "RSI", "RDI", "R8", "R9", "R10", "R11"})
      S->CallerSaved.push_back(registerNamed(*S->RegisterInfo, R));
  }
  S->NumberRegister = registerNamed(*S->RegisterInfo, Number);
  S->FirstArgumentRegister = registerNamed(*S->RegisterInfo, FirstArgument);
  for (const char *R :
       Arch == Triple::x86_64
           ? std::vector<const char *>{"RDI", "RSI", "RDX", "RCX", "R8", "R9"}
           : std::vector<const char *>{"X0", "X1", "X2", "X3", "X4", "X5"})
    S->ArgumentRegisters.push_back(registerNamed(*S->RegisterInfo, R));
  S->SyscallOpcode = opcodeNamed(*S->InstrInfo, Syscall);
  if (Arch == Triple::x86_64)
    S->FlowRegisters = {registerNamed(*S->RegisterInfo, "RSP"),
                        S->NumberRegister, S->ArgumentRegisters,
                        S->CallerSaved};
  return S;
}

bool CodeScanner::writes(const MCInst &Inst, unsigned Register) const {
  const MCInstrDesc &Desc = InstrInfo->get(Inst.getOpcode());
  for (unsigned I = 0; I < Desc.getNumDefs() && I < Inst.getNumOperands(); ++I)
    if (Inst.getOperand(I).isReg() &&
        RegisterInfo->isSuperOrSubRegisterEq(Register,
                                             Inst.getOperand(I).getReg()))
      return true;
  for (MCPhysReg Def : Desc.implicit_defs())
    if (RegisterInfo->isSuperOrSubRegisterEq(Register, Def))
      return true;
  return false;
}

std::optional<int64_t> CodeScanner::constantLoad(const MCInst &Inst,
                                                 unsigned Register) const {
  if (Inst.getNumOperands() < 2 || !Inst.getOperand(0).isReg() ||
      !RegisterInfo->isSuperOrSubRegisterEq(Register,
                                            Inst.getOperand(0).getReg()))
    return std::nullopt;
  StringRef Name = InstrInfo->getName(Inst.getOpcode());
  // x86: mov $imm, %eax / %rax; aarch64: movz w8, #imm (shift 0).
  if ((Name == "MOV32ri" || Name == "MOV64ri" || Name == "MOV64ri32") &&
      Inst.getOperand(1).isImm())
    return Inst.getOperand(1).getImm();
  if ((Name == "MOVZWi" || Name == "MOVZXi") && Inst.getOperand(1).isImm() &&
      Inst.getNumOperands() > 2 && Inst.getOperand(2).isImm())
    return Inst.getOperand(1).getImm() << Inst.getOperand(2).getImm();
  // xor %eax, %eax
  if (Name == "XOR32rr" && Inst.getNumOperands() >= 3 &&
      Inst.getOperand(1).isReg() && Inst.getOperand(2).isReg() &&
      Inst.getOperand(1).getReg() == Inst.getOperand(2).getReg())
    return 0;
  return std::nullopt;
}

CodeFacts
CodeScanner::scan(const BinaryImage &Image, uint64_t Begin, uint64_t End,
                  const std::set<uint64_t> &SyscallFunctions,
                  const std::map<uint64_t, std::string> &PointerSources) const {
  CodeFacts Facts;
  ArrayRef<uint8_t> Bytes = Image.codeAt(Begin);
  if (Bytes.size() > End - Begin)
    Bytes = Bytes.take_front(End - Begin);
  // The constants last loaded into the number and first-argument registers
  // in straight-line code; forgotten at every control transfer.
  std::optional<int64_t> Number, FirstArgument;
  bool LastEndsFlow = false, LastIsCall = false;
  // Instructions since the last load of a jump table's entry.
  unsigned SinceTableLoad = ~0u - 8;
  // ... and since the last computation of a label of this stretch.
  unsigned SinceLocalLabel = ~0u - 8;
  // Registers holding a pointer with a known owner (see IndirectInto*), in
  // straight-line code: a register some instruction writes otherwise loses
  // it, and so do all at a jump or return.
  std::map<unsigned, PointerOwner> Owners;
  // Registers holding a code address this stretch computed (or a constant
  // that is none: NULL, SIG_IGN), in straight-line code likewise: what a
  // call to a function that takes callbacks hands it.
  struct Callee {
    std::optional<uint64_t> Code;
    std::string Import; // another library's function, from its GOT slot
    uint64_t SetAt = 0; // the instruction that put it there
  };
  std::map<unsigned, Callee> CodeAddressIn;
  // Where jumps seen so far land further on: other paths join there, with
  // other values. And the calls whose callbacks were known, which a jump
  // back over them (a loop) may reach with others.
  std::set<uint64_t> JoinsAhead;
  // Each such call, with the first instruction that set its callbacks.
  std::vector<std::pair<uint64_t, uint64_t>> KnownCallbackCalls;
  auto OwnerOf = [&](unsigned Register) -> std::optional<PointerOwner> {
    auto It = Owners.find(Register);
    if (It == Owners.end())
      return std::nullopt;
    return It->second;
  };
  // x86_64: where syscall numbers passed down as arguments come from.
  std::optional<ArgumentFlow> Flow;
  if (TargetTriple.getArch() == Triple::x86_64)
    Flow.emplace(*RegisterInfo, *InstrInfo, FlowRegisters);
  uint64_t Address = Begin;
  while (!Bytes.empty()) {
    MCInst Inst;
    uint64_t Size = 0;
    if (Disassembler->getInstruction(Inst, Size, Bytes, Address, nulls()) !=
            MCDisassembler::Success ||
        Size == 0) {
      // Skip a byte (x86) or a word (aarch64) and carry on: padding or data.
      Size = TargetTriple.isAArch64() ? 4 : 1;
      Facts.UndecodedBytes += Size;
      if (Flow)
        Flow->lose();
      Number.reset();
      FirstArgument.reset();
      Address += Size;
      Bytes = Bytes.drop_front(std::min<uint64_t>(Size, Bytes.size()));
      continue;
    }
    StringRef Name = InstrInfo->getName(Inst.getOpcode());
    if (Flow)
      Flow->joinAt(Address);
    if (JoinsAhead.erase(Address))
      CodeAddressIn.clear();
    // Padding after a function's last instruction says nothing about
    // whether it falls through.
    if (Name.starts_with("NOOP") || Name == "INT3" || Name == "NOP" ||
        Name == "HINT") {
      Address += Size;
      Bytes = Bytes.drop_front(Size);
      continue;
    }
    // Whose pointer the instruction's result is: `mov obj@GOTPCREL(%rip)`
    // of another library's object, a load through such a pointer, a copy.
    std::optional<PointerOwner> Owned;
    if (InstructionPointer && Name == "MOV64rm" && Inst.getOperand(1).isReg()) {
      if (Inst.getOperand(1).getReg() == InstructionPointer) {
        if (auto Slot = Analysis->evaluateMemoryOperandAddress(
                Inst, SubtargetInfo.get(), Address, Size))
          if (auto Filled = Image.slotAt(*Slot)) {
            if (Filled->ObjectOwner)
              Owned = {PointerOwner::Kind::Library, *Filled->ObjectOwner};
            // A hook's address (GCC's crtstuff checks
            // _ITM_registerTMCloneTable before calling it): nobody's code.
            if (Filled->Import && Image.isHook(*Filled->Import))
              Owned = {PointerOwner::Kind::Hook, *Filled->Import};
            else if (Filled->Import && Filled->ImportIsFunction)
              Facts.ImportsTaken.insert(*Filled->Import);
          }
      } else {
        Owned = OwnerOf(Inst.getOperand(1).getReg());
      }
    } else if (InstructionPointer && Name == "MOV64rr") {
      Owned = OwnerOf(Inst.getOperand(1).getReg());
    } else if (InstructionPointer &&
               (Name == "ROR64ri" || Name == "ROL64ri" || Name == "XOR64rm")) {
      // glibc's pointer demangling (ror $0x11; xor %fs:0x30) in place.
      Owned = OwnerOf(Inst.getOperand(0).getReg());
    }
    // The register a call or jump through a pointer takes it from.
    std::optional<PointerOwner> CalledOwner;
    if (!Owners.empty() && Inst.getNumOperands() > 0 &&
        Inst.getOperand(0).isReg() &&
        (Name == "CALL64r" || Name == "JMP64r" || Name == "CALL64m" ||
         Name == "JMP64m"))
      CalledOwner = OwnerOf(Inst.getOperand(0).getReg());
    for (auto It = Owners.begin(); It != Owners.end();)
      It = writes(Inst, It->first) ? Owners.erase(It) : std::next(It);
    if (Owned)
      Owners[Inst.getOperand(0).getReg()] = *Owned;
    std::optional<Callee> Held;
    if (Name == "LEA64r")
      if (auto Computed = Analysis->evaluateMemoryOperandAddress(
              Inst, SubtargetInfo.get(), Address, Size);
          Computed && !Image.codeAt(*Computed).empty())
        Held = Callee{*Computed, "", Address};
    if (Name == "MOV64rm" && InstructionPointer && Inst.getOperand(1).isReg() &&
        Inst.getOperand(1).getReg() == InstructionPointer)
      if (auto Slot = Analysis->evaluateMemoryOperandAddress(
              Inst, SubtargetInfo.get(), Address, Size))
        if (auto Filled = Image.slotAt(*Slot);
            Filled && Filled->Import && Filled->ImportIsFunction)
          Held = Callee{std::nullopt, *Filled->Import, Address};
    if (Name == "MOV64rr" && Inst.getOperand(1).isReg())
      if (auto It = CodeAddressIn.find(Inst.getOperand(1).getReg());
          It != CodeAddressIn.end())
        Held = It->second;
    if (!Held && Inst.getNumOperands() >= 2 && Inst.getOperand(0).isReg())
      for (unsigned R : ArgumentRegisters)
        if (RegisterInfo->isSuperOrSubRegisterEq(R,
                                                 Inst.getOperand(0).getReg()))
          if (auto V = constantLoad(Inst, R)) {
            // NULL, SIG_IGN; a function's address in a program linked at
            // fixed addresses.
            uint64_t Value = static_cast<uint64_t>(*V);
            if (Image.codeAt(Value).empty())
              Held = Callee{std::nullopt, "", Address};
            else if (Image.positionDependent())
              Held = Callee{Value, "", Address};
          }
    for (auto It = CodeAddressIn.begin(); It != CodeAddressIn.end();)
      It = writes(Inst, It->first) ? CodeAddressIn.erase(It) : std::next(It);
    if (Held)
      CodeAddressIn[Inst.getOperand(0).getReg()] = *Held;

    LastEndsFlow = false;
    LastIsCall = Analysis->isCall(Inst);
    ++SinceTableLoad;
    if (Name == "MOVSX64rm32")
      SinceTableLoad = 0;
    ++SinceLocalLabel;
    if (Name == "LEA64r")
      if (auto Computed = Analysis->evaluateMemoryOperandAddress(
              Inst, SubtargetInfo.get(), Address, Size);
          Computed && !Image.codeAt(*Computed).empty()) {
        // A label of this stretch (hand-written assembly's computed jumps)
        // is not a function.
        if (*Computed >= Begin && *Computed < End)
          SinceLocalLabel = 0;
        else
          Facts.AddressTaken.insert(*Computed);
      }
    // A program at fixed addresses takes a function's address as a plain
    // number (`mov $main, %rdi`).
    if (Image.positionDependent() &&
        (Name.starts_with("MOV") || Name.starts_with("PUSH")))
      for (const MCOperand &Operand : Inst)
        if (Operand.isImm() && Operand.getImm() > 0 &&
            Image.isFunctionStart(static_cast<uint64_t>(Operand.getImm())) &&
            !Image.codeAt(static_cast<uint64_t>(Operand.getImm())).empty())
          Facts.AddressTaken.insert(static_cast<uint64_t>(Operand.getImm()));
    std::optional<uint64_t> FlowJumpTarget;
    bool FlowIsCall = false, FlowEndsFlow = false;
    if (Inst.getOpcode() == SyscallOpcode) {
      ValueSource FromFlow = Flow ? Flow->number() : ValueSource{};
      if (Number)
        Facts.Syscalls.insert(*Number);
      else if (FromFlow.What == ValueSource::Kind::Constant)
        Facts.Syscalls.insert(FromFlow.Value);
      else if (FromFlow.What == ValueSource::Kind::Argument)
        Facts.NumberFromArguments.insert(FromFlow.Value);
      else
        ++Facts.UnknownSyscalls;
    } else if (Analysis->isCall(Inst) || Analysis->isBranch(Inst)) {
      uint64_t Target = 0;
      bool Direct = Analysis->evaluateBranch(Inst, Address, Size, Target);
      bool IsCall = Analysis->isCall(Inst);
      FlowIsCall = IsCall;
      FlowEndsFlow = !IsCall && !Analysis->isConditionalBranch(Inst);
      if (Direct && !IsCall)
        FlowJumpTarget = Target;
      if (Direct && !IsCall && Target > Address && Target < End)
        JoinsAhead.insert(Target);
      if (Direct && !IsCall && Target <= Address && Target >= Begin)
        // A jump back to between where a call's callbacks were set and the
        // call reaches it without setting them.
        std::erase_if(KnownCallbackCalls, [&](const auto &Call) {
          bool Bypassed = Target > Call.second && Target <= Call.first;
          Facts.UnknownCallbacks += Bypassed;
          return Bypassed;
        });
      std::optional<std::string> Import = Image.importAt(Target);
      // A relocatable object's calls name their callee in a relocation.
      if (auto Relocated = Image.relocatedTarget(Address, Size)) {
        Direct = true;
        Import = Relocated;
        Target = 0;
      }
      // A call through the PLT to a function the library exports itself is
      // a call to that function, unless another library interposes it.
      if (Import && Image.exportedAddress(*Import)) {
        Target = *Image.exportedAddress(*Import);
        Import.reset();
      }
      // A call or jump through a GOT slot: the loader fills it with an
      // import, or with what an IFUNC's resolver returns.
      if (!Direct)
        if (auto Slot = Analysis->evaluateMemoryOperandAddress(
                Inst, SubtargetInfo.get(), Address, Size))
          if (auto Filled = Image.slotAt(*Slot)) {
            if (Filled->Resolver) {
              Direct = true;
              Target = *Filled->Resolver;
            } else if (Filled->Import) {
              Direct = true;
              Import = Filled->Import;
              if (auto Own = Image.exportedAddress(*Import)) {
                Target = *Own;
                Import.reset();
              }
            }
          }
      if (!Direct && CalledOwner) {
        if (CalledOwner->What == PointerOwner::Kind::Library)
          Facts.IndirectIntoLibraries.insert(CalledOwner->Name);
        else if (CalledOwner->What == PointerOwner::Kind::Group)
          Facts.IndirectIntoGroups.insert(CalledOwner->Name);
      } else if (!Direct) {
        // A switch's jump table: an offset loaded from the table (movslq)
        // just before, added to its base, jumped to; or a jump to a label
        // of this stretch computed just before.
        bool JumpTable =
            !IsCall && (SinceTableLoad <= 3 || SinceLocalLabel <= 4) &&
            Inst.getNumOperands() == 1 && Inst.getOperand(0).isReg();
        // The PLT's own jump through the GOT to the loader's lazy binding,
        // which runs the function the stub's slot names (followed above).
        bool LazyBinding = Image.inPlt(Address);
        if (!JumpTable && !LazyBinding &&
            (IsCall || !Analysis->isConditionalBranch(Inst)))
          ++Facts.IndirectCalls;
      } else {
        // The generic syscall(): its first argument is the number.
        if (Import ? *Import == "syscall" : SyscallFunctions.count(Target)) {
          if (FirstArgument)
            Facts.Syscalls.insert(*FirstArgument);
          else
            ++Facts.UnknownSyscalls;
        }
        // A hook no object need define is nobody's import: what defines
        // it (the program, say) is modelled where it is defined.
        // A function that calls back what it is given: the addresses in
        // its callback arguments, when the stretch computed them.
        if (Import)
          if (auto Callbacks = callbackArguments(*Import)) {
            ++Facts.CallbackCalls;
            bool Known = !Callbacks->empty();
            uint64_t FirstSet = Address;
            for (unsigned Index : *Callbacks) {
              auto Held = Index < ArgumentRegisters.size()
                              ? CodeAddressIn.find(ArgumentRegisters[Index])
                              : CodeAddressIn.end();
              if (Held == CodeAddressIn.end()) {
                Known = false;
                continue;
              }
              FirstSet = std::min(FirstSet, Held->second.SetAt);
              if (Held->second.Code)
                Facts.CallbackTargets.insert(*Held->second.Code);
              else if (!Held->second.Import.empty())
                Facts.Imports.insert(Held->second.Import);
            }
            if (Known)
              KnownCallbackCalls.emplace_back(Address, FirstSet);
            else
              ++Facts.UnknownCallbacks;
          }
        if (Import && Image.isHook(*Import))
          ;
        else if (Import)
          Facts.Imports.insert(*Import);
        else if (IsCall || Target < Begin || Target >= End) {
          Facts.Calls.insert(Target);
          if (Flow) {
            CodeFacts::CallArguments Passed{Target, {}};
            for (unsigned I = 0; I < 8; ++I)
              Passed.Arguments.push_back(Flow->argument(I, IsCall));
            Facts.ArgumentsAtCalls.push_back(std::move(Passed));
          }
        }
      }
      Number.reset();
      FirstArgument.reset();
      LastEndsFlow = !IsCall && !Analysis->isConditionalBranch(Inst);
      if (IsCall) {
        for (unsigned R : CallerSaved) {
          Owners.erase(R);
          CodeAddressIn.erase(R);
        }
        if (auto Source = PointerSources.find(Target);
            Direct && Source != PointerSources.end() && ReturnRegister)
          Owners[ReturnRegister] = {PointerOwner::Kind::Group, Source->second};
      } else if (LastEndsFlow) {
        Owners.clear();
        CodeAddressIn.clear();
      }
    } else if (Analysis->isReturn(Inst) || Analysis->isTerminator(Inst)) {
      FlowEndsFlow = true;
      Number.reset();
      FirstArgument.reset();
      LastEndsFlow = true;
      Owners.clear();
      CodeAddressIn.clear();
    } else {
      if (auto V = constantLoad(Inst, NumberRegister))
        Number = V;
      else if (writes(Inst, NumberRegister))
        Number.reset();
      if (auto V = constantLoad(Inst, FirstArgumentRegister))
        FirstArgument = V;
      else if (writes(Inst, FirstArgumentRegister))
        FirstArgument.reset();
    }
    if (Name == "TRAP" || Name == "HLT" || Name == "UD2" || Name == "BRK")
      LastEndsFlow = FlowEndsFlow = true;
    if (Flow)
      Flow->step(Inst, FlowJumpTarget, FlowIsCall, FlowEndsFlow);
    Address += Size;
    Bytes = Bytes.drop_front(Size);
  }
  Facts.FallsThrough = !LastEndsFlow;
  Facts.EndsWithCall = LastIsCall;
  return Facts;
}

} // namespace sysprune::policy::binary
