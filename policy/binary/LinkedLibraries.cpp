#include "policy/binary/LinkedLibraries.h"

#include "policy/binary/BinaryImage.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/GlobPattern.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

#include <cstdlib>
#include <deque>
#include <set>

namespace sysprune::policy::binary {

namespace {
using namespace llvm;

/// Appends the directories of a colon-separated list, with $ORIGIN (the
/// directory of the object that asks) expanded.
void appendPathList(StringRef List, StringRef Origin,
                    std::vector<std::string> &Out) {
  SmallVector<StringRef, 8> Parts;
  List.split(Parts, ':', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts) {
    std::string Dir = Part.str();
    for (StringRef Token : {"${ORIGIN}", "$ORIGIN"})
      for (size_t At = Dir.find(Token); At != std::string::npos;
           At = Dir.find(Token, At + Origin.size()))
        Dir.replace(At, Token.size(), Origin.str());
    Out.push_back(std::move(Dir));
  }
}

/// The directories an ld.so.conf file lists, following its `include`
/// lines (glob patterns, relative to the including file's directory).
void readLoaderConfig(const std::string &Path, std::vector<std::string> &Out,
                      std::set<std::string> &Seen) {
  if (!Seen.insert(Path).second)
    return;
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return;
  SmallVector<StringRef, 32> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.split('#').first.trim();
    if (Line.empty() || Line.starts_with("hwcap "))
      continue;
    if (!Line.consume_front("include ")) {
      Out.push_back(Line.str());
      continue;
    }
    SmallString<256> Pattern(Line.trim());
    if (sys::path::is_relative(Pattern)) {
      SmallString<256> Base(sys::path::parent_path(Path));
      sys::path::append(Base, Pattern);
      Pattern = Base;
    }
    StringRef Dir = sys::path::parent_path(Pattern);
    auto Glob = GlobPattern::create(sys::path::filename(Pattern));
    if (!Glob) {
      consumeError(Glob.takeError());
      continue;
    }
    std::vector<std::string> Matches;
    std::error_code EC;
    for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC))
      if (Glob->match(sys::path::filename(It->path())))
        Matches.push_back(It->path());
    llvm::sort(Matches); // the loader reads them in glob(3) order
    for (const std::string &Match : Matches)
      readLoaderConfig(Match, Out, Seen);
  }
}

/// The directories LD_LIBRARY_PATH names (the loader searches them between
/// an object's DT_RPATH and its DT_RUNPATH).
std::vector<std::string> environmentPath() {
  std::vector<std::string> Dirs;
  if (const char *Env = std::getenv("LD_LIBRARY_PATH"))
    appendPathList(Env, "", Dirs);
  return Dirs;
}

std::vector<std::string> systemPath() {
  std::vector<std::string> Dirs;
  std::set<std::string> Seen;
  readLoaderConfig("/etc/ld.so.conf", Dirs, Seen);
  for (const char *Default : {"/lib", "/usr/lib"})
    Dirs.push_back(Default);
  return Dirs;
}
} // namespace

bool describedByBuiltinModels(const std::string &Soname) {
  // glibc's parts share the libc model (since 2.34 libpthread, libdl,
  // librt and libutil are empty shells around libc, and the model lists
  // libm's functions, which compute only); the seed model describes
  // libstdc++ by name prefix.
  static const std::set<std::string> Builtin = {"libc.so.6",
                                                "ld-linux-x86-64.so.2",
                                                "ld-linux-aarch64.so.1",
                                                "libpthread.so.0",
                                                "libdl.so.2",
                                                "librt.so.1",
                                                "libutil.so.1",
                                                "libm.so.6",
                                                "libstdc++.so.6"};
  return Builtin.count(Soname) != 0;
}

Expected<LinkedLibraries> findLinkedLibraries(const std::string &Program) {
  auto ProgramInfo = readLinkInfo(Program);
  if (!ProgramInfo)
    return ProgramInfo.takeError();
  const std::vector<std::string> Environment = environmentPath();
  const std::vector<std::string> System = systemPath();

  LinkedLibraries Result;
  std::set<std::string> Visited; // sonames, as the loader loads each once
  struct Request {
    std::string Soname;
    LinkInfo Requester;
    std::string RequesterDir;
  };
  std::deque<Request> Queue;
  auto Enqueue = [&](const LinkInfo &Info, const std::string &Path) {
    SmallString<256> Dir(sys::path::parent_path(Path));
    sys::fs::make_absolute(Dir);
    for (const std::string &Needed : Info.Needed)
      Queue.push_back({Needed, Info, Dir.str().str()});
  };
  Enqueue(*ProgramInfo, Program);

  while (!Queue.empty()) {
    Request R = std::move(Queue.front());
    Queue.pop_front();
    if (!Visited.insert(R.Soname).second)
      continue;
    if (describedByBuiltinModels(R.Soname)) {
      Result.Builtin.push_back(R.Soname);
      continue;
    }
    std::vector<std::string> Candidates;
    if (R.Soname.find('/') != std::string::npos) {
      Candidates.push_back(R.Soname);
    } else {
      std::vector<std::string> Dirs;
      if (R.Requester.RunPath.empty()) {
        appendPathList(R.Requester.RPath, R.RequesterDir, Dirs);
        if (ProgramInfo->RunPath.empty())
          appendPathList(ProgramInfo->RPath,
                         sys::path::parent_path(Program).str(), Dirs);
      }
      Dirs.insert(Dirs.end(), Environment.begin(), Environment.end());
      appendPathList(R.Requester.RunPath, R.RequesterDir, Dirs);
      Dirs.insert(Dirs.end(), System.begin(), System.end());
      for (const std::string &Dir : Dirs)
        Candidates.push_back(Dir + "/" + R.Soname);
    }
    bool Found = false;
    for (const std::string &Candidate : Candidates) {
      if (!sys::fs::is_regular_file(Candidate))
        continue;
      auto Info = readLinkInfo(Candidate);
      if (!Info) {
        consumeError(Info.takeError());
        continue;
      }
      if (Info->Arch != ProgramInfo->Arch)
        continue; // a lib32 copy, say: the loader passes it over too
      SmallString<256> Path(Candidate);
      sys::fs::make_absolute(Path);
      sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      Result.ToModel.push_back(Path.str().str());
      Enqueue(*Info, Candidate);
      Found = true;
      break;
    }
    if (!Found)
      Result.Missing.push_back(R.Soname);
  }
  return Result;
}

std::optional<std::string> findSystemLibrary(const std::string &Soname) {
  std::vector<std::string> Dirs = environmentPath();
  std::vector<std::string> System = systemPath();
  Dirs.insert(Dirs.end(), System.begin(), System.end());
  for (const std::string &Dir : Dirs)
    if (sys::fs::is_regular_file(Dir + "/" + Soname))
      return Dir + "/" + Soname;
  return std::nullopt;
}

} // namespace sysprune::policy::binary
