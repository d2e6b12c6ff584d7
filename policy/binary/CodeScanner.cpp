#include "policy/binary/CodeScanner.h"

#include "policy/binary/StretchScan.h"

#include <llvm/MC/MCAsmInfo.h>
#include <llvm/MC/MCInst.h>
#include <llvm/MC/MCInstrDesc.h>
#include <llvm/MC/MCTargetOptions.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/TargetSelect.h>

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
  return StretchScan(*this, Image, Begin, End, SyscallFunctions, PointerSources)
      .run();
}

} // namespace sysprune::policy::binary
