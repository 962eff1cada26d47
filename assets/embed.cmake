# Embeds files into the program as byte arrays, so native tests, the CLI and the browser all see the
# same bytes and nothing is fetched at run time. Included: defines carescore_embed(). Run with
# `cmake -P` (IN, OUT, FUNCTION set): writes one .cpp that defines FUNCTION() returning the bytes.
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${IN}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  # One string literal split into lines of 48 bytes: compilers digest this far faster than
  # an initializer list of integers, and the terminating NUL is not part of the span.
  string(REPEAT "[0-9a-f]" 96 line_of_48_bytes)
  string(REGEX REPLACE "(${line_of_48_bytes})" "\\1\n" lines "${hex}")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${lines}")
  string(REPLACE "\n" "\"\n\"" escaped "${escaped}")
  get_filename_component(name "${IN}" NAME)
  file(WRITE "${OUT}.tmp" "// Generated from ${name} by assets/embed.cmake; do not edit.\n"
    "#include \"embedded_assets.h\"\n\n"
    "static const char kBytes[${size} + 1] =\n\"${escaped}\";\n\n"
    "std::span<const unsigned char> carescore::assets::${FUNCTION}() {\n"
    "  return {reinterpret_cast<const unsigned char*>(kBytes), ${size}};\n}\n")
  file(RENAME "${OUT}.tmp" "${OUT}")
  return()
endif()

set(_carescore_embed_script "${CMAKE_CURRENT_LIST_FILE}")

# carescore_embed(<target> <function> <file>): adds to <target> a source defining
# `std::span<const unsigned char> carescore::assets::<function>()` (declared in embedded_assets.h).
function(carescore_embed target function file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${function}.cpp")
  add_custom_command(OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -D "IN=${file}" -D "OUT=${out}" -D "FUNCTION=${function}" -P "${_carescore_embed_script}"
    DEPENDS "${file}" "${_carescore_embed_script}"
    COMMENT "Embedding ${file}" VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
