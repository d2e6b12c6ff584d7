#include "policy/binary/StretchScan.h"

#include "policy/library/CallbackFunctions.h"

#include <llvm/MC/MCDisassembler/MCDisassembler.h>
#include <llvm/MC/MCInstrAnalysis.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>

namespace sysprune::policy::binary {

namespace {
using namespace llvm;

} // namespace

StretchScan::StretchScan(const CodeScanner &Scanner, const BinaryImage &Image,
                         uint64_t Begin, uint64_t End,
                         const std::set<uint64_t> &SyscallFunctions,
                         const std::map<uint64_t, std::string> &PointerSources)
    : Scanner(Scanner), Image(Image), Begin(Begin), End(End),
      SyscallFunctions(SyscallFunctions), PointerSources(PointerSources),
      Address(Begin) {
  if (Scanner.TargetTriple.getArch() == Triple::x86_64)
    Flow.emplace(*Scanner.RegisterInfo, *Scanner.InstrInfo,
                 Scanner.FlowRegisters);
}

CodeFacts StretchScan::run() {
  ArrayRef<uint8_t> Bytes = Image.codeAt(Begin);
  if (Bytes.size() > End - Begin)
    Bytes = Bytes.take_front(End - Begin);
  while (!Bytes.empty()) {
    MCInst Inst;
    uint64_t Size = 0;
    if (Scanner.Disassembler->getInstruction(
            Inst, Size, Bytes, Address, nulls()) != MCDisassembler::Success ||
        Size == 0) {
      Size = skipUndecoded();
      Address += Size;
      Bytes = Bytes.drop_front(std::min<uint64_t>(Size, Bytes.size()));
      continue;
    }
    interpret(Inst, Size);
    Address += Size;
    Bytes = Bytes.drop_front(Size);
  }
  Facts.FallsThrough = !LastEndsFlow;
  Facts.EndsWithCall = LastIsCall;
  return std::move(Facts);
}

uint64_t StretchScan::skipUndecoded() {
  // Skip a byte (x86) or a word (aarch64) and carry on: padding or data.
  uint64_t Size = Scanner.TargetTriple.isAArch64() ? 4 : 1;
  Facts.UndecodedBytes += Size;
  if (Flow)
    Flow->lose();
  Number.reset();
  FirstArgument.reset();
  return Size;
}

void StretchScan::interpret(const MCInst &Inst, uint64_t Size) {
  const MCInstrAnalysis &Analysis = *Scanner.Analysis;
  StringRef Name = Scanner.InstrInfo->getName(Inst.getOpcode());
  if (Flow)
    Flow->joinAt(Address);
  if (JoinsAhead.erase(Address))
    CodeAddressIn.clear();
  // Padding after a function's last instruction says nothing about
  // whether it falls through.
  if (Name.starts_with("NOOP") || Name == "INT3" || Name == "NOP" ||
      Name == "HINT")
    return;
  std::optional<PointerOwner> CalledOwner =
      trackPointerOwners(Inst, Name, Size);
  trackCodeAddresses(Inst, Name, Size);

  LastEndsFlow = false;
  LastIsCall = Analysis.isCall(Inst);
  noteAddressesTaken(Inst, Name, Size);
  FlowEffect Effect;
  if (Inst.getOpcode() == Scanner.SyscallOpcode) {
    syscallInstruction();
  } else if (Analysis.isCall(Inst) || Analysis.isBranch(Inst)) {
    Effect = controlTransfer(Inst, Size, CalledOwner);
  } else if (Analysis.isReturn(Inst) || Analysis.isTerminator(Inst)) {
    Effect.EndsFlow = true;
    Number.reset();
    FirstArgument.reset();
    LastEndsFlow = true;
    Owners.clear();
    CodeAddressIn.clear();
  } else {
    trackConstants(Inst);
  }
  if (Name == "TRAP" || Name == "HLT" || Name == "UD2" || Name == "BRK")
    LastEndsFlow = Effect.EndsFlow = true;
  if (Flow)
    Flow->step(Inst, Effect.JumpTarget, Effect.IsCall, Effect.EndsFlow);
}

std::optional<uint64_t> StretchScan::memoryAddress(const MCInst &Inst,
                                                   uint64_t Size) const {
  return Scanner.Analysis->evaluateMemoryOperandAddress(
      Inst, Scanner.SubtargetInfo.get(), Address, Size);
}

std::optional<StretchScan::PointerOwner>
StretchScan::ownerOf(unsigned Register) const {
  auto It = Owners.find(Register);
  if (It == Owners.end())
    return std::nullopt;
  return It->second;
}

std::optional<StretchScan::PointerOwner>
StretchScan::trackPointerOwners(const MCInst &Inst, StringRef Name,
                                uint64_t Size) {
  std::optional<PointerOwner> Owned = ownerOfResult(Inst, Name, Size);
  // The register a call or jump through a pointer takes it from.
  std::optional<PointerOwner> CalledOwner;
  if (!Owners.empty() && Inst.getNumOperands() > 0 &&
      Inst.getOperand(0).isReg() &&
      (Name == "CALL64r" || Name == "JMP64r" || Name == "CALL64m" ||
       Name == "JMP64m"))
    CalledOwner = ownerOf(Inst.getOperand(0).getReg());
  for (auto It = Owners.begin(); It != Owners.end();)
    It = Scanner.writes(Inst, It->first) ? Owners.erase(It) : std::next(It);
  if (Owned)
    Owners[Inst.getOperand(0).getReg()] = *Owned;
  return CalledOwner;
}

std::optional<StretchScan::PointerOwner>
StretchScan::ownerOfResult(const MCInst &Inst, StringRef Name, uint64_t Size) {
  // Whose pointer the instruction's result is: `mov obj@GOTPCREL(%rip)`
  // of another library's object, a load through such a pointer, a copy.
  const unsigned InstructionPointer = Scanner.InstructionPointer;
  std::optional<PointerOwner> Owned;
  if (InstructionPointer && Name == "MOV64rm" && Inst.getOperand(1).isReg()) {
    if (Inst.getOperand(1).getReg() == InstructionPointer) {
      if (auto Slot = memoryAddress(Inst, Size))
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
      Owned = ownerOf(Inst.getOperand(1).getReg());
    }
  } else if (InstructionPointer && Name == "MOV64rr") {
    Owned = ownerOf(Inst.getOperand(1).getReg());
  } else if (InstructionPointer &&
             (Name == "ROR64ri" || Name == "ROL64ri" || Name == "XOR64rm")) {
    // glibc's pointer demangling (ror $0x11; xor %fs:0x30) in place.
    Owned = ownerOf(Inst.getOperand(0).getReg());
  }
  return Owned;
}

void StretchScan::trackCodeAddresses(const MCInst &Inst, StringRef Name,
                                     uint64_t Size) {
  std::optional<Callee> Held = calleeOfResult(Inst, Name, Size);
  for (auto It = CodeAddressIn.begin(); It != CodeAddressIn.end();)
    It = Scanner.writes(Inst, It->first) ? CodeAddressIn.erase(It)
                                         : std::next(It);
  if (Held)
    CodeAddressIn[Inst.getOperand(0).getReg()] = *Held;
}

std::optional<StretchScan::Callee>
StretchScan::calleeOfResult(const MCInst &Inst, StringRef Name,
                            uint64_t Size) const {
  const unsigned InstructionPointer = Scanner.InstructionPointer;
  std::optional<Callee> Held;
  if (Name == "LEA64r")
    if (auto Computed = memoryAddress(Inst, Size);
        Computed && !Image.codeAt(*Computed).empty())
      Held = Callee{*Computed, "", Address};
  if (Name == "MOV64rm" && InstructionPointer && Inst.getOperand(1).isReg() &&
      Inst.getOperand(1).getReg() == InstructionPointer)
    if (auto Slot = memoryAddress(Inst, Size))
      if (auto Filled = Image.slotAt(*Slot);
          Filled && Filled->Import && Filled->ImportIsFunction)
        Held = Callee{std::nullopt, *Filled->Import, Address};
  if (Name == "MOV64rr" && Inst.getOperand(1).isReg())
    if (auto It = CodeAddressIn.find(Inst.getOperand(1).getReg());
        It != CodeAddressIn.end())
      Held = It->second;
  if (!Held && Inst.getNumOperands() >= 2 && Inst.getOperand(0).isReg())
    for (unsigned R : Scanner.ArgumentRegisters)
      if (Scanner.RegisterInfo->isSuperOrSubRegisterEq(
              R, Inst.getOperand(0).getReg()))
        if (auto V = Scanner.constantLoad(Inst, R)) {
          // NULL, SIG_IGN; a function's address in a program linked at
          // fixed addresses.
          uint64_t Value = static_cast<uint64_t>(*V);
          if (Image.codeAt(Value).empty())
            Held = Callee{std::nullopt, "", Address};
          else if (Image.positionDependent())
            Held = Callee{Value, "", Address};
        }
  return Held;
}

void StretchScan::noteAddressesTaken(const MCInst &Inst, StringRef Name,
                                     uint64_t Size) {
  ++SinceTableLoad;
  if (Name == "MOVSX64rm32")
    SinceTableLoad = 0;
  ++SinceLocalLabel;
  if (Name == "LEA64r")
    if (auto Computed = memoryAddress(Inst, Size);
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
}

void StretchScan::syscallInstruction() {
  ValueSource FromFlow = Flow ? Flow->number() : ValueSource{};
  if (Number)
    Facts.Syscalls.insert(*Number);
  else if (FromFlow.What == ValueSource::Kind::Constant)
    Facts.Syscalls.insert(FromFlow.Value);
  else if (FromFlow.What == ValueSource::Kind::Argument)
    Facts.NumberFromArguments.insert(FromFlow.Value);
  else
    ++Facts.UnknownSyscalls;
}

StretchScan::FlowEffect
StretchScan::controlTransfer(const MCInst &Inst, uint64_t Size,
                             const std::optional<PointerOwner> &CalledOwner) {
  const MCInstrAnalysis &Analysis = *Scanner.Analysis;
  Transfer T;
  T.Direct = Analysis.evaluateBranch(Inst, Address, Size, T.Target);
  T.IsCall = Analysis.isCall(Inst);
  FlowEffect Effect;
  Effect.IsCall = T.IsCall;
  Effect.EndsFlow = !T.IsCall && !Analysis.isConditionalBranch(Inst);
  if (T.Direct && !T.IsCall) {
    Effect.JumpTarget = T.Target;
    noteJump(T);
  }
  resolveTarget(Inst, Size, T);
  if (!T.Direct && CalledOwner) {
    if (CalledOwner->What == PointerOwner::Kind::Library)
      Facts.IndirectIntoLibraries.insert(CalledOwner->Name);
    else if (CalledOwner->What == PointerOwner::Kind::Group)
      Facts.IndirectIntoGroups.insert(CalledOwner->Name);
  } else if (!T.Direct) {
    indirectTransfer(Inst, T.IsCall);
  } else {
    directTransfer(T);
  }
  afterTransfer(Inst, T);
  return Effect;
}

void StretchScan::noteJump(const Transfer &T) {
  if (T.Target > Address && T.Target < End)
    JoinsAhead.insert(T.Target);
  if (T.Target <= Address && T.Target >= Begin)
    // A jump back to between where a call's callbacks were set and the
    // call reaches it without setting them.
    std::erase_if(KnownCallbackCalls, [&](const auto &Call) {
      bool Bypassed = T.Target > Call.second && T.Target <= Call.first;
      Facts.UnknownCallbacks += Bypassed;
      return Bypassed;
    });
}

void StretchScan::resolveTarget(const MCInst &Inst, uint64_t Size,
                                Transfer &T) {
  T.Import = Image.importAt(T.Target);
  // A relocatable object's calls name their callee in a relocation.
  if (auto Relocated = Image.relocatedTarget(Address, Size)) {
    T.Direct = true;
    T.Import = Relocated;
    T.Target = 0;
  }
  // A call through the PLT to a function the library exports itself is
  // a call to that function, unless another library interposes it.
  if (T.Import && Image.exportedAddress(*T.Import)) {
    T.Target = *Image.exportedAddress(*T.Import);
    T.Import.reset();
  }
  // A call or jump through a GOT slot: the loader fills it with an
  // import, or with what an IFUNC's resolver returns.
  if (!T.Direct)
    if (auto Slot = memoryAddress(Inst, Size))
      if (auto Filled = Image.slotAt(*Slot)) {
        if (Filled->Resolver) {
          T.Direct = true;
          T.Target = *Filled->Resolver;
        } else if (Filled->Import) {
          T.Direct = true;
          T.Import = Filled->Import;
          if (auto Own = Image.exportedAddress(*T.Import)) {
            T.Target = *Own;
            T.Import.reset();
          }
        }
      }
}

void StretchScan::indirectTransfer(const MCInst &Inst, bool IsCall) {
  // A switch's jump table: an offset loaded from the table (movslq)
  // just before, added to its base, jumped to; or a jump to a label
  // of this stretch computed just before.
  bool JumpTable = !IsCall && (SinceTableLoad <= 3 || SinceLocalLabel <= 4) &&
                   Inst.getNumOperands() == 1 && Inst.getOperand(0).isReg();
  // The PLT's own jump through the GOT to the loader's lazy binding,
  // which runs the function the stub's slot names (followed above).
  bool LazyBinding = Image.inPlt(Address);
  if (!JumpTable && !LazyBinding &&
      (IsCall || !Scanner.Analysis->isConditionalBranch(Inst)))
    ++Facts.IndirectCalls;
}

void StretchScan::directTransfer(const Transfer &T) {
  // The generic syscall(): its first argument is the number.
  if (T.Import ? *T.Import == "syscall" : SyscallFunctions.count(T.Target)) {
    if (FirstArgument)
      Facts.Syscalls.insert(*FirstArgument);
    else
      ++Facts.UnknownSyscalls;
  }
  // A function that calls back what it is given: the addresses in
  // its callback arguments, when the stretch computed them.
  if (T.Import)
    if (auto Callbacks = callbackArguments(*T.Import))
      callbackCall(*Callbacks);
  // A hook no object need define is nobody's import: what defines
  // it (the program, say) is modelled where it is defined.
  if (T.Import && Image.isHook(*T.Import))
    ;
  else if (T.Import)
    Facts.Imports.insert(*T.Import);
  else if (T.IsCall || T.Target < Begin || T.Target >= End) {
    Facts.Calls.insert(T.Target);
    if (Flow) {
      CodeFacts::CallArguments Passed{T.Target, {}};
      for (unsigned I = 0; I < 8; ++I)
        Passed.Arguments.push_back(Flow->argument(I, T.IsCall));
      Facts.ArgumentsAtCalls.push_back(std::move(Passed));
    }
  }
}

void StretchScan::callbackCall(const std::vector<unsigned> &Callbacks) {
  ++Facts.CallbackCalls;
  bool Known = !Callbacks.empty();
  uint64_t FirstSet = Address;
  for (unsigned Index : Callbacks) {
    auto Held = Index < Scanner.ArgumentRegisters.size()
                    ? CodeAddressIn.find(Scanner.ArgumentRegisters[Index])
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

void StretchScan::afterTransfer(const MCInst &Inst, const Transfer &T) {
  Number.reset();
  FirstArgument.reset();
  LastEndsFlow = !T.IsCall && !Scanner.Analysis->isConditionalBranch(Inst);
  if (T.IsCall) {
    for (unsigned R : Scanner.CallerSaved) {
      Owners.erase(R);
      CodeAddressIn.erase(R);
    }
    if (auto Source = PointerSources.find(T.Target);
        T.Direct && Source != PointerSources.end() && Scanner.ReturnRegister)
      Owners[Scanner.ReturnRegister] = {PointerOwner::Kind::Group,
                                        Source->second};
  } else if (LastEndsFlow) {
    Owners.clear();
    CodeAddressIn.clear();
  }
}

void StretchScan::trackConstants(const MCInst &Inst) {
  if (auto V = Scanner.constantLoad(Inst, Scanner.NumberRegister))
    Number = V;
  else if (Scanner.writes(Inst, Scanner.NumberRegister))
    Number.reset();
  if (auto V = Scanner.constantLoad(Inst, Scanner.FirstArgumentRegister))
    FirstArgument = V;
  else if (Scanner.writes(Inst, Scanner.FirstArgumentRegister))
    FirstArgument.reset();
}

} // namespace sysprune::policy::binary
