// The sysprune command line: parses options and hands over to a subcommand.

#include "tool/driver/Commands.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/InitLLVM.h>
#include <llvm/Support/WithColor.h>
#include <llvm/Support/raw_ostream.h>

namespace sysprune::tool {
const char *const ToolVersion = SYSPRUNE_VERSION;
} // namespace sysprune::tool

namespace {
const char *const CommandList =
    "'scan', 'scan-tu', 'link', 'explain', 'model', 'compile', 'export', "
    "'exec', 'show', 'diff', 'merge' or 'check' (see sysprune --help)";

// llvm::cl reports an unknown subcommand but goes on parsing the rest as
// top-level options, where an option starting with -h (say --hardened)
// prints the help and exits 0: a misspelt command in a build step would
// pass. So an unknown command word is refused before parsing.
bool isUnknownCommand(llvm::StringRef Word) {
  if (Word.starts_with("-"))
    return false;
  for (llvm::cl::SubCommand *Command : llvm::cl::getRegisteredSubcommands())
    if (Command->getName() == Word)
      return false;
  return true;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM Init(argc, argv);
  if (argc > 1 && isUnknownCommand(argv[1])) {
    llvm::WithColor::error(llvm::errs(), "sysprune")
        << "unknown command '" << argv[1] << "'; expected " << CommandList
        << "\n";
    return 1;
  }
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "sysprune " << sysprune::tool::ToolVersion << " (LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "sysprune: derive a seccomp policy from C/C++ sources and enforce "
          "it\n\n"
          "  sysprune scan -p BUILD_DIR [-o policy.json] [-j N] [files...]\n"
          "  sysprune scan --binary PROGRAM [-o policy.json]\n"
          "  sysprune scan-tu -p BUILD_DIR FILE -o FILE.facts.json\n"
          "  sysprune link FILE.facts.json... [-o policy.json]\n"
          "  sysprune explain SYSCALL (--policy policy.json | -p BUILD_DIR)\n"
          "  sysprune model LIBRARY.so [-o model.json]\n"
          "  sysprune compile POLICY.json [--action kill|errno|trap] -o "
          "filter.c\n"
          "  sysprune export --format oci|systemd|minijail|pfc|bpf|cpp "
          "POLICY.json [-o FILE] [--no-loader]\n"
          "  sysprune exec --policy POLICY.json [--action kill|errno|log] -- "
          "PROGRAM [ARGS...]\n"
          "  sysprune show POLICY.json\n"
          "  sysprune diff OLD.json NEW.json [--format text|markdown|json] "
          "[-o FILE]\n"
          "  sysprune merge POLICY.json... [-o policy.json]\n"
          "  sysprune check [--policy committed.json] (-p BUILD_DIR [files...] "
          "| FILE.facts.json...) [--format text|json|sarif] [--checks GLOBS]\n",
          // With a stream, a usage error returns instead of exiting.
          &llvm::errs()))
    // diff's status 1 means "different", check's "found an error": their
    // usage errors are 2, as diff(1)'s are.
    return argc > 1 && (llvm::StringRef(argv[1]) == "diff" ||
                        llvm::StringRef(argv[1]) == "check")
               ? 2
               : 1;
  if (sysprune::tool::scanCommand())
    return sysprune::tool::runScan();
  if (sysprune::tool::scanTuCommand())
    return sysprune::tool::runScanTu();
  if (sysprune::tool::linkCommand())
    return sysprune::tool::runLink();
  if (sysprune::tool::explainCommand())
    return sysprune::tool::runExplain();
  if (sysprune::tool::modelCommand())
    return sysprune::tool::runModel();
  if (sysprune::tool::compileCommand())
    return sysprune::tool::runCompile();
  if (sysprune::tool::exportCommand())
    return sysprune::tool::runExport();
  if (sysprune::tool::execCommand())
    return sysprune::tool::runExec();
  if (sysprune::tool::showCommand())
    return sysprune::tool::runShow();
  if (sysprune::tool::diffCommand())
    return sysprune::tool::runDiff();
  if (sysprune::tool::mergeCommand())
    return sysprune::tool::runMerge();
  if (sysprune::tool::checkCommand())
    return sysprune::tool::runCheck();
  llvm::WithColor::error(llvm::errs(), "sysprune")
      << "expected a command: " << CommandList << "\n";
  return 1;
}
