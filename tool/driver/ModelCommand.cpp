// `sysprune model`: what each function a shared library exports can do in
// syscalls, derived from its machine code.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"

#include "policy/binary/ModelBuilder.h"
#include "policy/binary/ModelUnion.h"
#include "policy/binary/PathGroups.h"

namespace sysprune::tool {

llvm::cl::SubCommand &modelCommand() {
  static llvm::cl::SubCommand Command(
      "model", "Derive a library model from a shared library's machine code");
  return Command;
}

namespace {
llvm::cl::list<std::string>
    Libraries(llvm::cl::Positional, llvm::cl::OneOrMore,
              llvm::cl::desc("<library.so> [<other build of it>...]"),
              llvm::cl::sub(modelCommand()));
llvm::cl::opt<std::string> ModelOutput("o",
                                       llvm::cl::desc("Write the model here "
                                                      "(default: standard "
                                                      "output)"),
                                       llvm::cl::value_desc("model.json"),
                                       llvm::cl::sub(modelCommand()));
llvm::cl::opt<std::string> GroupsFile(
    "groups",
    llvm::cl::desc("Model the shared paths this file names once, as named "
                   "groups (default: the built-in groups for the library, "
                   "if any)"),
    llvm::cl::value_desc("library.groups"), llvm::cl::sub(modelCommand()));

/// The groups of --groups; nullopt, with the error printed, when the file
/// cannot be read or parsed.
std::optional<policy::binary::PathGroups>
readGroupsFile(DiagnosticPrinter &Printer) {
  auto Text = readInput(GroupsFile, "the groups file", Printer);
  if (!Text)
    return std::nullopt;
  policy::Diagnostics Diags;
  auto Groups = policy::binary::PathGroups::parse(*Text, GroupsFile, Diags);
  Printer.print(Diags);
  return Groups;
}
} // namespace

int runModel() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune model");
  std::optional<policy::binary::PathGroups> Groups;
  if (!GroupsFile.empty() && !(Groups = readGroupsFile(Printer)))
    return 1;
  // Several builds of one library (its releases): the union of their
  // models, for a policy that holds with any of them.
  std::vector<policy::binary::BinaryModel> Builds;
  for (const std::string &Library : Libraries) {
    auto Build =
        policy::binary::buildBinaryModel(Library, Groups ? &*Groups : nullptr);
    if (!Build) {
      Printer.print(
          {policy::Severity::Error,
           {Library, 0, 0},
           "cannot analyse the library: " + llvm::toString(Build.takeError()),
           ""});
      return 1;
    }
    Builds.push_back(std::move(*Build));
  }
  auto Model = Builds.size() == 1 ? llvm::Expected<policy::binary::BinaryModel>(
                                        std::move(Builds.front()))
                                  : policy::binary::unionOfBuilds(Builds);
  if (!Model) {
    Printer.print({policy::Severity::Error,
                   {Libraries[Libraries.size() - 1], 0, 0},
                   llvm::toString(Model.takeError()),
                   ""});
    return 1;
  }
  if (!writeOutput(ModelOutput, policy::binary::writeBinaryModel(*Model),
                   "model", Printer))
    return 1;
  size_t WithSyscalls = 0, WithIndirect = 0;
  for (const auto &[Name, F] : Model->Functions) {
    WithSyscalls += !F.Syscalls.empty();
    WithIndirect += F.IndirectCalls != 0;
  }
  llvm::errs() << "sysprune model: " << Model->Soname << ": "
               << Model->Functions.size() << " exported functions ("
               << WithSyscalls << " make syscalls, " << WithIndirect
               << " call through pointers), " << Model->CodeRegions
               << " code regions";
  if (!Model->Groups.empty())
    llvm::errs() << ", " << Model->Groups.size() << " groups";
  llvm::errs() << "\n";
  return 0;
}

} // namespace sysprune::tool
