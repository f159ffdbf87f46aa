-- A headless Neovim session against `peernote lsp`: prints the diagnostics of the open
-- buffer (columns in bytes, as Neovim counts them), applies the first quick fix on "pt" (the
-- 18th character of line 1), and prints the line again.
--   printf 'José 😊 said the pt c/o pain.\n' > note.txt
--   nvim --headless -c 'luafile Tests/Editors/neovim.lua' note.txt
-- (Neovim 0.7 API; newer versions accept it too.)
local id = vim.lsp.start_client({ name = 'peernote', cmd = { 'peernote', 'lsp' }, root_dir = '.' })
vim.lsp.buf_attach_client(0, id)
vim.wait(5000, function() return #vim.diagnostic.get(0) > 0 end)
for _, d in ipairs(vim.diagnostic.get(0)) do
  print(string.format('%d:%d %s [%s]', d.lnum + 1, d.col + 1, d.message, d.code or ''))
end
-- the quick fix on "pt": cursor on it, apply the preferred action
vim.api.nvim_win_set_cursor(0, { 1, vim.fn.byteidx(vim.fn.getline(1), 17) })
local params = vim.lsp.util.make_range_params()
params.context = { diagnostics = {} }
local replies = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 2000)
for _, reply in pairs(replies) do
  for _, action in ipairs(reply.result or {}) do print('action: ' .. action.title) end
  vim.lsp.util.apply_workspace_edit(reply.result[1].edit, 'utf-16')
end
vim.wait(2000, function() return vim.fn.getline(1):find('person') ~= nil end)
print('line 1 now: ' .. vim.fn.getline(1))
vim.wait(2000, function() return false end, 100)
print('diagnostics now: ' .. #vim.diagnostic.get(0))
vim.cmd('qa!')
