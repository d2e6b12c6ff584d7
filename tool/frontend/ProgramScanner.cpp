#include "tool/frontend/ProgramScanner.h"

#include "tool/frontend/FactsCache.h"

#include <llvm/Support/ThreadPool.h>
#include <llvm/Support/Threading.h>

#include <mutex>
#include <optional>

namespace sysprune::scan {

namespace {
/// A `[done/total] file` line rewritten in place, only on a terminal.
class ProgressLine {
public:
  ProgressLine(llvm::raw_ostream &OS, size_t Total)
      : OS(OS), Total(Total), Enabled(OS.is_displayed()) {}

  void advance(const std::string &File) {
    ++Done;
    if (!Enabled)
      return;
    OS << "\r\x1b[K[" << Done << "/" << Total << "] " << File;
    OS.flush();
  }
  void clear() {
    if (Enabled && Done)
      OS << "\r\x1b[K";
    OS.flush();
  }

private:
  llvm::raw_ostream &OS;
  size_t Total;
  size_t Done = 0;
  bool Enabled;
};
} // namespace

ProgramScanResult
scanProgram(const clang::tooling::CompilationDatabase &Database,
            const std::vector<std::string> &Files,
            const ProgramScanOptions &Options) {
  // One slot per file, each written by the one thread that scans the file.
  // (Not std::vector<bool>: its packed bits would make neighbouring writes
  // from different threads race.)
  struct FileOutcome {
    std::optional<policy::TranslationUnitFacts> Facts;
    bool FromCache = false;
  };
  std::vector<FileOutcome> PerFile(Files.size());
  std::optional<FactsCache> Cache;
  if (!Options.CacheDirectory.empty())
    Cache.emplace(Options.CacheDirectory);

  std::mutex OutputMutex;
  ProgressLine Progress(*Options.Messages, Files.size());
  auto ScanOne = [&](size_t I) {
    std::string Key = commandKey(Database, Files[I], Options.Parse);
    if (Cache) {
      if (auto Hit = Cache->lookup(Key)) {
        PerFile[I].Facts = std::move(Hit);
        PerFile[I].FromCache = true;
        std::lock_guard<std::mutex> Lock(OutputMutex);
        Progress.advance(Files[I]);
        return;
      }
    }
    TranslationUnitResult R =
        scanTranslationUnit(Database, Files[I], Options.Parse);
    if (R.Facts && Cache)
      Cache->store(Key, *R.Facts);
    std::lock_guard<std::mutex> Lock(OutputMutex);
    if (!R.ClangDiagnostics.empty()) {
      Progress.clear();
      *Options.Messages << R.ClangDiagnostics;
    }
    PerFile[I].Facts = std::move(R.Facts);
    Progress.advance(Files[I]);
  };

  llvm::ThreadPoolStrategy Strategy = llvm::hardware_concurrency(Options.Jobs);
  if (Files.size() == 1 || Strategy.compute_thread_count() <= 1) {
    for (size_t I = 0; I < Files.size(); ++I)
      ScanOne(I);
  } else {
    llvm::DefaultThreadPool Pool(Strategy);
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] { ScanOne(I); });
    Pool.wait();
  }
  Progress.clear();

  ProgramScanResult Result;
  for (size_t I = 0; I < Files.size(); ++I) {
    FileOutcome &Outcome = PerFile[I];
    if (!Outcome.Facts) {
      Result.Failed.push_back(Files[I]);
      continue;
    }
    ++(Outcome.FromCache ? Result.FromCache : Result.Parsed);
    for (const policy::InputFile &Input : Outcome.Facts->Inputs)
      Result.Inputs.insert(Input.Path);
    Result.Facts.merge(std::move(Outcome.Facts->Facts));
  }
  return Result;
}

} // namespace sysprune::scan
