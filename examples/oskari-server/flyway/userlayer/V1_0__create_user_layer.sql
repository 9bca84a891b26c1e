CREATE TABLE user_layer (
    id bigserial PRIMARY KEY,
    uuid character varying(64),
    layer_name character varying(256) NOT NULL,
    layer_desc character varying(256),
    layer_source character varying(256),
    fields text,
    publisher_name character varying(256),
    style text,
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone
);

CREATE TABLE user_layer_data (
    id bigserial PRIMARY KEY,
    user_layer_id bigint NOT NULL REFERENCES user_layer(id) ON DELETE CASCADE,
    uuid character varying(64),
    feature_id character varying(64),
    property_json text,
    geometry text NOT NULL,
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone
);
