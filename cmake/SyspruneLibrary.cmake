# sysprune_add_library(NAME FOLDER <dir> SOURCES <files...> [DEPENDS <libs...>])
# sysprune_check_layering(NAME FOLDER <dir> [DEPENDS <libs...>] [INCLUDES ...])
#
# One library per folder of policy/ and tool/, with its dependencies declared
# in one direction: a library may include the headers of its own folder and
# of the libraries it depends on (directly or through them), and no others.
# Every build checks that with cmake/CheckLayering.cmake before compiling the
# library, so an include against the declared direction fails the build with
# the file and line, as a compiler error would. Libraries are declared after
# their dependencies; a library that names one not declared yet is an error
# here, which keeps the graph free of cycles.
#
# FOLDER is relative to the project's root and is the prefix of the library's
# headers as they are included ("policy/core/Policy.h"). INCLUDES adds other
# prefixes its headers are included by (the runtime's "sysprune/").

set(SYSPRUNE_LAYERING_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/CheckLayering.cmake)

function(sysprune_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "FOLDER" "SOURCES;DEPENDS")
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS})
  sysprune_check_layering(${name} FOLDER ${ARG_FOLDER} DEPENDS ${ARG_DEPENDS})
endfunction()

# The layering check alone, for a library made otherwise (the runtime, which
# is installed with its own include directory).
function(sysprune_check_layering name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "FOLDER" "DEPENDS;INCLUDES")
  if(NOT ARG_FOLDER)
    message(FATAL_ERROR "sysprune_check_layering(${name}): FOLDER is required")
  endif()
  # What this library may include: its own prefixes, then its dependencies'
  # (theirs include their own dependencies').
  set(allowed "${ARG_FOLDER}/" ${ARG_INCLUDES})
  foreach(dep IN LISTS ARG_DEPENDS)
    get_property(declared GLOBAL PROPERTY SYSPRUNE_LAYER_${dep} SET)
    if(NOT declared)
      message(FATAL_ERROR
        "${name}: depends on ${dep}, which is not declared "
        "yet; declare a library after the libraries it depends on")
    endif()
    get_property(dep_allowed GLOBAL PROPERTY SYSPRUNE_LAYER_${dep})
    list(APPEND allowed ${dep_allowed})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set_property(GLOBAL PROPERTY SYSPRUNE_LAYER_${name} "${allowed}")

  # Every header and source in the folder, generated inputs (*.in) too.
  file(GLOB_RECURSE files CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/${ARG_FOLDER}/*.h
    ${PROJECT_SOURCE_DIR}/${ARG_FOLDER}/*.cpp
    ${PROJECT_SOURCE_DIR}/${ARG_FOLDER}/*.in)
  set(rules ${CMAKE_CURRENT_BINARY_DIR}/${name}.layering.cmake)
  file(CONFIGURE OUTPUT ${rules} @ONLY CONTENT
"set(LIBRARY \"${name}\")
set(ROOT \"${PROJECT_SOURCE_DIR}\")
set(DECLARED_IN \"${CMAKE_CURRENT_LIST_FILE}\")
set(ALLOWED \"${allowed}\")
set(DEPENDS \"${ARG_DEPENDS}\")
set(FILES \"${files}\")
")
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${name}.layering.stamp)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DRULES=${rules} -P ${SYSPRUNE_LAYERING_SCRIPT}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${files} ${rules} ${SYSPRUNE_LAYERING_SCRIPT}
    COMMENT "Checking what ${name} includes"
    VERBATIM)
  add_custom_target(${name}_layering DEPENDS ${stamp})
  add_dependencies(${name} ${name}_layering)
endfunction()
