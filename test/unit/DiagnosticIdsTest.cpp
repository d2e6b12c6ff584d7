// The registry of diagnostic ids is the only place ids are spelled, and each
// has its page.

#include "policy/core/DiagnosticIds.h"
#include "policy/check/LintDecisions.h"
#include "policy/check/PolicyChecks.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace sysprune::policy;
namespace fs = std::filesystem;

namespace {
std::string readFile(const fs::path &Path) {
  std::ifstream In(Path);
  std::stringstream Text;
  Text << In.rdbuf();
  return Text.str();
}
} // namespace

TEST(DiagnosticIdsTest, SortedUniqueAndDocumented) {
  std::set<std::string> Seen;
  std::string Previous;
  for (const DiagnosticId &D : diagnosticIds()) {
    EXPECT_LT(Previous, D.Id) << "diagnosticIds() is not sorted at " << D.Id;
    Previous = D.Id;
    EXPECT_TRUE(Seen.insert(D.Id).second) << D.Id;
    EXPECT_FALSE(D.Summary.empty()) << D.Id;
    EXPECT_TRUE(fs::exists(fs::path(SYSPRUNE_SOURCE_DIR) / D.Documentation))
        << D.Id << " has no page " << D.Documentation;
  }
  std::string Index =
      readFile(fs::path(SYSPRUNE_SOURCE_DIR) / "docs/checks/README.md");
  for (const DiagnosticId &D : diagnosticIds())
    EXPECT_NE(Index.find("(" + D.Id + ".md)"), std::string::npos)
        << "docs/checks/README.md does not list " << D.Id;
}

TEST(DiagnosticIdsTest, ChecksHavePages) {
  for (const auto *Checks : {&policyChecks(), &lintChecks()})
    for (const CheckInfo &C : *Checks)
      EXPECT_TRUE(fs::exists(fs::path(SYSPRUNE_SOURCE_DIR) / C.Documentation))
          << C.Name << " has no page " << C.Documentation;
}

// Code names an id by its constant: a literal "sysprune-..." in a
// diagnostic anywhere but the registry is an id nobody documented.
TEST(DiagnosticIdsTest, NoIdSpelledOutsideTheRegistry) {
  // Names that are not diagnostic ids: memfd names of the BPF compiler.
  const std::set<std::string> NotIds = {"sysprune-bpf", "sysprune-pfc"};
  const std::regex Literal("\"(sysprune-[a-z0-9-]+)\"");
  for (const char *Folder : {"policy", "tool", "runtime"})
    for (const auto &Entry : fs::recursive_directory_iterator(
             fs::path(SYSPRUNE_SOURCE_DIR) / Folder)) {
      const fs::path &Path = Entry.path();
      if (Path.extension() != ".cpp" && Path.extension() != ".h")
        continue;
      if (Path.filename() == "DiagnosticIds.h")
        continue;
      std::string Text = readFile(Path);
      for (std::sregex_iterator It(Text.begin(), Text.end(), Literal), End;
           It != End; ++It) {
        std::string Id = (*It)[1];
        EXPECT_TRUE(NotIds.count(Id))
            << Path << " spells \"" << Id
            << "\": name it by its constant in policy/core/DiagnosticIds.h";
      }
    }
}
