-- One request of a scenario, for counting the statements it runs: as claimdesk.lua, stopping after the answer.
dofile(os.getenv("BENCH_SCENARIOS") .. "/claimdesk.lua")

function response(status, headers, body)
  io.write("BENCH-STATUS " .. status .. "\n")
  io.flush()
  os.exit(0)
end
