-- Documents attached to records (package attachments, docs/adr/0012-attachments-stored-in-the-database.md).
-- A document belongs to one record of one feature (record_type, record_id); replacing it adds a version, and every
-- version stays downloadable. The bytes live in the database, in chunks of 256 KiB, so every node sees the same files,
-- the documented dump backs them up with the records, and no statement carries a whole file (MariaDB's
-- max_allowed_packet is 16 MiB by default; a chunk is far below it, and BLOB columns are stored off the row).

create table attachment (
    id           bigint auto_increment primary key,
    record_type  varchar(40)  not null,
    record_id    bigint       not null,
    created_by   bigint       not null,
    created_at   datetime(6)  not null,
    constraint fk_attachment_created_by foreign key (created_by) references person (id)
);

-- a record's page lists its documents
create index ix_attachment_record on attachment (record_type, record_id, id);

-- One row per version. The file name is kept as given (emoji and all, up to 255 characters); the content type is
-- the one detected from the bytes, never the browser's claim; sha256 is of the stored bytes.
create table attachment_version (
    id             bigint auto_increment primary key,
    attachment_id  bigint        not null,
    version_no     int           not null,
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         char(64)      not null,
    step           varchar(255),
    added_by       bigint        not null,
    added_at       datetime(6)   not null,
    constraint uq_attachment_version unique (attachment_id, version_no),
    constraint fk_attachment_version_attachment foreign key (attachment_id) references attachment (id),
    constraint fk_attachment_version_added_by foreign key (added_by) references person (id)
);

-- The bytes of one version, in order. Written in the transaction that adds the version, one chunk per statement.
create table attachment_chunk (
    version_id  bigint      not null,
    chunk_no    int         not null,
    data        mediumblob  not null,
    constraint pk_attachment_chunk primary key (version_id, chunk_no),
    constraint fk_attachment_chunk_version foreign key (version_id) references attachment_version (id)
);
