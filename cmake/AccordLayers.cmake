# The build keeps the layers' arrows (README, "What is where"). Each layer of
# plugin/ is one target, accord_<layer>, that lists its own sources and publishes
# only its own headers: plugin/include/accord/<layer> is reached through a folder
# of the build tree that holds that layer alone, so a file that includes another
# layer's header compiles only if its target links that layer. The `layering`
# test reads the includes themselves (tests/layering/check_layering.py).

# accord_publish_headers(TARGET LAYER) — TARGET's users (and TARGET itself) see
# plugin/include/accord/LAYER/ as "accord/LAYER/...", and no other layer's folder.
function(accord_publish_headers target layer)
  set(root ${PROJECT_BINARY_DIR}/include/${layer})
  if(NOT EXISTS ${root}/accord/${layer})
    file(MAKE_DIRECTORY ${root}/accord)
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/plugin/include/accord/${layer} ${root}/accord/${layer} SYMBOLIC)
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE ${root})
  else()
    target_include_directories(${target} PUBLIC ${root})
  endif()
endfunction()
