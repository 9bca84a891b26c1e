-- An index on a table the same script creates blocks nobody.
CREATE TABLE "Layer_Group" (id int, name text);
CREATE INDEX layer_group_name ON "Layer_Group" (name);
CREATE INDEX ON public."Layer_Group" (id);
DROP INDEX layer_group_name;
REINDEX TABLE "Layer_Group";
