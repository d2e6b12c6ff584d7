// libFuzzer target for the policy reader (scripts/fuzz runs it). Besides not
// crashing, every read must keep the reader's promises: a policy or exactly
// one error, every diagnostic located inside the text; and a policy read must
// survive the writer: written and read back, it is the same policy, without
// errors, and writing it again gives the same text.

#include "policy/json/PolicyReader.h"
#include "policy/json/PolicyWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace sysprune::policy;

namespace {

[[noreturn]] void fail(const char *What, const std::string &Text,
                       const ReadResult &R) {
  std::fprintf(stderr, "policy-reader-fuzzer: %s\n--- text ---\n%s\n", What,
               Text.c_str());
  for (const Diagnostic &D : R.Diags)
    std::fprintf(stderr, "%s:%u:%u: %s: %s\n", D.Where.File.c_str(),
                 D.Where.Line, D.Where.Column, severityName(D.Level),
                 D.Message.c_str());
  std::abort();
}

/// The reader's contract for any input text.
void checkContract(const std::string &Text, const ReadResult &R) {
  size_t Errors = 0;
  for (const Diagnostic &D : R.Diags)
    Errors += D.Level == Severity::Error;
  if (Errors > 1)
    fail("more than one error", Text, R);
  if (R.Value.has_value() == (Errors == 1))
    fail("a policy together with an error, or neither", Text, R);
  size_t Lines = 1;
  for (char C : Text)
    Lines += C == '\n';
  for (const Diagnostic &D : R.Diags)
    if (D.Where.Line < 1 || D.Where.Line > Lines || D.Where.Column < 1 ||
        D.Message.empty())
      fail("a diagnostic without a place in the text or a message", Text, R);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  ReadResult First = readPolicy(Text, "fuzz.json");
  checkContract(Text, First);
  if (!First.Value)
    return 0;

  std::string Written = writePolicy(*First.Value);
  ReadResult Second = readPolicy(Written, "written.json");
  checkContract(Written, Second);
  if (!Second.Value)
    fail("the written policy does not read back", Written, Second);
  // The writer adds no unknown keys; only a repeated rule stays a warning.
  for (const Diagnostic &D : Second.Diags)
    if (D.Message.rfind("duplicate rule:", 0) != 0)
      fail("the written policy reads back with a warning", Written, Second);
  if (!(*Second.Value == *First.Value))
    fail("the written policy reads back different", Written, Second);
  if (writePolicy(*Second.Value) != Written)
    fail("writing the policy again gives other text", Written, Second);
  return 0;
}
