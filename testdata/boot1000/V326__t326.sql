-- core_t_326: table 326 of the core module
CREATE TABLE core_t_326 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_326_name_idx ON core_t_326 (name);
INSERT INTO core_t_326 (name) VALUES ('first row of core_t_326'), ('second row');
