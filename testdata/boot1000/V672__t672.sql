-- core_t_672: table 672 of the core module
CREATE TABLE core_t_672 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_672_name_idx ON core_t_672 (name);
INSERT INTO core_t_672 (name) VALUES ('first row of core_t_672'), ('second row');
