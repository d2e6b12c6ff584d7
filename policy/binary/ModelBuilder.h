#pragma once

#include "policy/core/Policy.h"

#include <llvm/Support/Error.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

struct PathGroups;

/// What one exported function of a library can do, following every call
/// inside the library.
struct FunctionModel {
  std::set<long> Syscalls;
  /// Functions of other libraries it may call (through the PLT).
  std::set<std::string> Imports;
  /// Some code it reaches makes a syscall whose number is not a constant.
  bool UnknownSyscalls = false;
  /// Some code it reaches calls or jumps through a pointer (not followed).
  bool IndirectCalls = false;
  /// The library's named groups (see PathGroup) it may enter.
  std::set<std::string> Groups;
};

/// A named group as derived: what its functions do, and when it is needed.
struct GroupModel {
  FunctionModel Model;
  std::vector<std::string> From;
  std::vector<std::string> EnteredAt;
  /// Empty: needed by every program that reaches the group.
  std::vector<std::string> NeededFor;
  /// For the group of calls through pointers (@indirect): how many
  /// functions the library takes the address of.
  size_t PointedTo = 0;
};

/// The model of a whole shared library, derived from its machine code.
struct BinaryModel {
  std::string Path;
  std::string Soname;
  /// The SHA-256 of the file the model was derived from (hex).
  std::string Sha256;
  std::string Arch;
  std::vector<std::string> Needed;
  /// For the GNU C library and its loader: the release and build their
  /// version string names, and the build-id. For a union of builds
  /// (unionOfBuilds): each release, separated by spaces.
  std::optional<CLibraryIdentity> Identity;
  /// For a union of builds: the SHA-256 of each (Sha256 is then empty).
  std::vector<std::string> UnionOf;
  /// Exported name -> what it can do.
  std::map<std::string, FunctionModel> Functions;
  /// Group name ("@fatal") -> the group.
  std::map<std::string, GroupModel> Groups;
  /// Stretches of code analysed (exported functions and the internal ones
  /// they reach).
  size_t CodeRegions = 0;
  size_t UndecodedBytes = 0;
};

/// The pseudo-functions of a model that stand for what the loader runs:
/// the library's constructors (at load) and destructors (at exit).
inline constexpr const char *ConstructorsName = "@init";
inline constexpr const char *DestructorsName = "@fini";

/// The pseudo-function of a program's model (buildProgramModel) that
/// stands for its whole run: from the kernel's entry point, through main,
/// to exit.
inline constexpr const char *ProgramStartName = "@start";
/// The SHA-256 of \p Bytes, in hex as sha256sum prints it.
std::string sha256Hex(llvm::StringRef Bytes);

/// The name under which a model's functions call into another library's
/// group of calls through pointers (`@indirect@ld-linux-x86-64.so.2`): what
/// a call through a pointer read out of that library's data can reach.
std::string pointerGroupOf(const std::string &Soname);

/// Analyses the ELF file at \p Path: disassembles every exported function
/// and the code it reaches, finds its syscall instructions and their
/// numbers, and closes over the library's internal call graph.
///
/// A call through a pointer may reach any function whose address the
/// library takes (stored in its data, or computed by its code): code that
/// makes one enters the group `@indirect`, which is what all of those
/// functions do. Calls through GOT slots go where the loader points them
/// (imports; IFUNC resolvers' implementations); a switch's jump table is a
/// jump within its function.
///
/// \p Groups name the library's shared paths that are modelled once
/// (default: the built-in groups for the library's soname, if any).
llvm::Expected<BinaryModel>
buildBinaryModel(const std::string &Path, const PathGroups *Groups = nullptr);

/// Analyses the executable at \p Path as a program: its model's
/// ProgramStartName is what it does from its entry point on, following every
/// call in its code. A program hands the C library the functions it takes
/// the address of (main to __libc_start_main, handlers to atexit, signal,
/// qsort) and calls others through pointers, so code that takes a
/// function's address reaches it; functions its data points to (vtables,
/// tables of callbacks) are reached from the start. Calls into the
/// libraries it loads are its Imports, for their models to resolve.
llvm::Expected<BinaryModel> buildProgramModel(const std::string &Path);
/// The model as JSON, syscalls by name for the model's architecture.
std::string writeBinaryModel(const BinaryModel &Model);

/// Reads back what writeBinaryModel wrote (Path is not stored: it is left
/// empty); an error for anything else.
llvm::Expected<BinaryModel> readBinaryModel(const std::string &Text);

/// This build of the running executable (its path, size and modification
/// time), for caches whose entries another build must not reuse.
std::string runningExecutableIdentity();

/// buildBinaryModel, with the result kept in \p CacheDirectory under the
/// library's contents and \p ToolIdentity (this build of the tool): a
/// library that has not changed is analysed once. A cache that cannot be
/// read or written costs only the analysis.
llvm::Expected<BinaryModel>
buildBinaryModelCached(const std::string &Path,
                       const std::string &CacheDirectory,
                       const std::string &ToolIdentity);

} // namespace sysprune::policy::binary
