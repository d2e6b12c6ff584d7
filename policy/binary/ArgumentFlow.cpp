#include "policy/binary/ArgumentFlow.h"

#include <llvm/ADT/StringRef.h>

namespace sysprune::policy::binary {

namespace {
/// x86 memory operands take five MCInst operands: base, scale, index,
/// displacement, segment.
constexpr unsigned MemoryOperands = 5;
} // namespace

ArgumentFlow::ArgumentFlow(const llvm::MCRegisterInfo &Info,
                           const llvm::MCInstrInfo &Instructions,
                           const Registers &Named)
    : Info(Info), Instructions(Instructions), Named(Named) {
  for (unsigned I = 0; I < Named.Arguments.size(); ++I)
    InRegister[Named.Arguments[I]] = {ValueSource::Kind::Argument, I};
}

ValueSource ArgumentFlow::registerSource(unsigned Register) const {
  for (const auto &[R, Source] : InRegister)
    if (Info.isSuperOrSubRegisterEq(R, Register))
      return Source;
  return {};
}

void ArgumentFlow::setRegister(unsigned Register, ValueSource Source) {
  for (auto It = InRegister.begin(); It != InRegister.end();)
    It = Info.isSuperOrSubRegisterEq(It->first, Register) ? InRegister.erase(It)
                                                          : std::next(It);
  // Kept under the 64-bit register, whichever part was written: syscall
  // numbers and argument indices fit the low 32 bits.
  unsigned Full = Register;
  for (llvm::MCSuperRegIterator Super(Register, &Info); Super.isValid();
       ++Super)
    Full = *Super;
  if (Source.What != ValueSource::Kind::Unknown)
    InRegister[Full] = Source;
}

ValueSource ArgumentFlow::slotSource(int64_t Offset) const {
  if (auto It = InSlot.find(Offset); It != InSlot.end())
    return It->second;
  // Above the return address: the caller's stack arguments, unless this
  // stretch wrote there.
  if (Offset >= 8 && Offset % 8 == 0 && !Clobbered.count(Offset))
    return {ValueSource::Kind::Argument, 6 + (Offset - 8) / 8};
  return {};
}

std::optional<int64_t> ArgumentFlow::stackOffset(const llvm::MCInst &Inst,
                                                 unsigned First) const {
  if (!Depth || Inst.getNumOperands() < First + MemoryOperands)
    return std::nullopt;
  const llvm::MCOperand &Base = Inst.getOperand(First);
  const llvm::MCOperand &Index = Inst.getOperand(First + 2);
  const llvm::MCOperand &Displacement = Inst.getOperand(First + 3);
  if (!Base.isReg() || Base.getReg() != Named.StackPointer || !Index.isReg() ||
      Index.getReg() != 0 || !Displacement.isImm())
    return std::nullopt;
  return Displacement.getImm() - *Depth;
}

void ArgumentFlow::joinAt(uint64_t Address) {
  auto It = DepthAt.find(Address);
  if (It == DepthAt.end()) {
    if (FlowEnded) {
      // Reached by a jump not seen yet, or not at all.
      Depth.reset();
      InRegister.clear();
      InSlot.clear();
    }
    FlowEnded = false;
    return;
  }
  if (FlowEnded)
    Depth = It->second;
  else if (Depth != It->second)
    Depth.reset();
  FlowEnded = false;
  // Other paths bring other values.
  InRegister.clear();
  InSlot.clear();
}

void ArgumentFlow::forgetWrites(const llvm::MCInst &Inst) {
  const llvm::MCInstrDesc &Desc = Instructions.get(Inst.getOpcode());
  for (unsigned I = 0; I < Desc.getNumDefs() && I < Inst.getNumOperands(); ++I)
    if (Inst.getOperand(I).isReg()) {
      if (Inst.getOperand(I).getReg() == Named.StackPointer)
        Depth.reset();
      setRegister(Inst.getOperand(I).getReg(), {});
    }
  for (llvm::MCPhysReg Def : Desc.implicit_defs())
    if (Def != Named.StackPointer)
      setRegister(Def, {});
}

void ArgumentFlow::lose() {
  Depth.reset();
  InRegister.clear();
  InSlot.clear();
}

void ArgumentFlow::step(const llvm::MCInst &Inst,
                        std::optional<uint64_t> JumpTarget, bool IsCall,
                        bool EndsFlow) {
  if (IsCall) {
    // The callee may clobber the caller-saved registers and its own
    // argument slots; the return address it popped leaves rsp as it was.
    for (unsigned Clobbered : Named.CallerSaved)
      setRegister(Clobbered, {});
    if (Depth)
      InSlot.erase(InSlot.lower_bound(-*Depth), InSlot.end());
    return;
  }
  if (JumpTarget) {
    auto [It, New] = DepthAt.try_emplace(*JumpTarget, Depth);
    if (!New && It->second != Depth)
      It->second.reset();
  }
  if (EndsFlow) {
    FlowEnded = true;
    return;
  }
  llvm::StringRef Name = Instructions.getName(Inst.getOpcode());
  if (!stepStack(Inst, Name) && !stepMove(Inst, Name))
    forgetWrites(Inst);
}

bool ArgumentFlow::stepStack(const llvm::MCInst &Inst, llvm::StringRef Name) {
  auto Operand = [&](unsigned I) -> const llvm::MCOperand & {
    return Inst.getOperand(I);
  };
  if (Name == "PUSH64r" || Name == "PUSH64i32" || Name == "PUSH64i8" ||
      Name == "PUSH64rmm") {
    ValueSource Pushed;
    if (Name == "PUSH64r" && Operand(0).isReg())
      Pushed = registerSource(Operand(0).getReg());
    else if (Name != "PUSH64rmm" && Operand(0).isImm())
      Pushed = {ValueSource::Kind::Constant, Operand(0).getImm()};
    else if (auto Offset = stackOffset(Inst, 0))
      Pushed = slotSource(*Offset);
    if (!Depth)
      return true;
    *Depth += 8;
    InSlot[-*Depth] = Pushed;
    Clobbered.insert(-*Depth);
    return true;
  }
  if (Name == "POP64r" && Operand(0).isReg()) {
    ValueSource Popped = Depth ? slotSource(-*Depth) : ValueSource{};
    if (Depth) {
      InSlot.erase(-*Depth);
      *Depth -= 8;
    }
    setRegister(Operand(0).getReg(), Popped);
    return true;
  }
  // sub $N, %rsp / add $N, %rsp
  if ((Name.starts_with("SUB64ri") || Name.starts_with("ADD64ri")) &&
      Operand(0).isReg() && Operand(0).getReg() == Named.StackPointer &&
      Inst.getNumOperands() >= 3 && Operand(2).isImm()) {
    if (Depth) {
      *Depth +=
          Name.starts_with("SUB") ? Operand(2).getImm() : -Operand(2).getImm();
      // What lies below rsp now is gone.
      InSlot.erase(InSlot.begin(), InSlot.lower_bound(-*Depth));
    }
    return true;
  }
  return false;
}

bool ArgumentFlow::stepMove(const llvm::MCInst &Inst, llvm::StringRef Name) {
  auto Operand = [&](unsigned I) -> const llvm::MCOperand & {
    return Inst.getOperand(I);
  };
  if ((Name == "MOV64rr" || Name == "MOV32rr" || Name == "MOVSX64rr32") &&
      Operand(0).isReg() && Operand(1).isReg()) {
    setRegister(Operand(0).getReg(), registerSource(Operand(1).getReg()));
    return true;
  }
  if ((Name == "MOV32ri" || Name == "MOV64ri" || Name == "MOV64ri32") &&
      Operand(0).isReg() && Operand(1).isImm()) {
    setRegister(Operand(0).getReg(),
                {ValueSource::Kind::Constant, Operand(1).getImm()});
    return true;
  }
  if (Name == "XOR32rr" && Operand(1).isReg() && Operand(2).isReg() &&
      Operand(1).getReg() == Operand(2).getReg()) {
    setRegister(Operand(0).getReg(), {ValueSource::Kind::Constant, 0});
    return true;
  }
  if ((Name == "MOV64rm" || Name == "MOV32rm") && Operand(0).isReg()) {
    auto Offset = stackOffset(Inst, 1);
    setRegister(Operand(0).getReg(),
                Offset ? slotSource(*Offset) : ValueSource{});
    return true;
  }
  if (Name.starts_with("MOV") && (Name.contains("mr") || Name.contains("mi")) &&
      Inst.getNumOperands() > MemoryOperands) {
    if (auto Offset = stackOffset(Inst, 0)) {
      const llvm::MCOperand &Stored = Operand(MemoryOperands);
      ValueSource Source;
      if (Name == "MOV64mr" && Stored.isReg())
        Source = registerSource(Stored.getReg());
      else if (Name == "MOV64mi32" && Stored.isImm())
        Source = {ValueSource::Kind::Constant, Stored.getImm()};
      InSlot[*Offset] = Source;
      Clobbered.insert(*Offset);
    }
    return true;
  }
  return false;
}

ValueSource ArgumentFlow::number() const {
  return registerSource(Named.Number);
}

ValueSource ArgumentFlow::argument(unsigned Index, bool IsCall) const {
  if (Index < Named.Arguments.size())
    return registerSource(Named.Arguments[Index]);
  if (!Depth)
    return {};
  // The callee's stack argument K: at rsp + 8K before a call (which pushes
  // the return address), at rsp + 8 + 8K for a jump (rsp points at the
  // return address already).
  int64_t K = Index - Named.Arguments.size();
  return slotSource(-*Depth + 8 * K + (IsCall ? 0 : 8));
}

} // namespace sysprune::policy::binary
