-- Every grade rewrites all of a card state's index entries, and (userId, state, due) already serves every
-- query this index did (the forecast reads learning and review states by due date), so it goes.
DROP INDEX "CardState_userId_due_idx";
