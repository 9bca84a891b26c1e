-- core_t_269: table 269 of the core module
CREATE TABLE core_t_269 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_269_name_idx ON core_t_269 (name);
