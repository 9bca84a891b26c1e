-- core_t_296: table 296 of the core module
CREATE TABLE core_t_296 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_296_name_idx ON core_t_296 (name);
INSERT INTO core_t_296 (name) VALUES ('first row of core_t_296'), ('second row');
