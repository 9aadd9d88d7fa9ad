# kgq_embed_file(INPUT OUTPUT SYMBOL): turns a file into a C++ source that defines
#   extern const unsigned char SYMBOL[]; extern const unsigned long SYMBOL_size;
# so the bundled graph ships inside the executable and `kgq` works from any directory.
function(kgq_embed_file input output symbol)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_file_script.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/embed_file_script.cmake
    COMMENT "Embedding ${input}"
    VERBATIM)
endfunction()
