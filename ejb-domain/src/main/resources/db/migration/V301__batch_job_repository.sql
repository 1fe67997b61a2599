-- The Jakarta Batch job repository (Payara's jbatch tables) lives in the same database. Payara
-- creates these lazily, but not reliably on a pool configured at boot; creating them here makes
-- the first job run deterministic. Same layout as Payara's own PostgreSQL DDL.
CREATE TABLE IF NOT EXISTS public.jobinstancedata (
    jobinstanceid serial NOT NULL PRIMARY KEY,
    name          varchar(512),
    apptag        varchar(512)
);
CREATE TABLE IF NOT EXISTS public.executioninstancedata (
    jobexecid     serial NOT NULL PRIMARY KEY,
    jobinstanceid bigint NOT NULL REFERENCES public.jobinstancedata (jobinstanceid),
    createtime    timestamp,
    starttime     timestamp,
    endtime       timestamp,
    updatetime    timestamp,
    parameters    bytea,
    batchstatus   varchar(512),
    exitstatus    varchar(512)
);
CREATE TABLE IF NOT EXISTS public.stepexecutioninstancedata (
    stepexecid       serial NOT NULL PRIMARY KEY,
    jobexecid        bigint NOT NULL REFERENCES public.executioninstancedata (jobexecid),
    batchstatus      varchar(512),
    exitstatus       varchar(512),
    stepname         varchar(512),
    readcount        integer,
    writecount       integer,
    commitcount      integer,
    rollbackcount    integer,
    readskipcount    integer,
    processskipcount integer,
    filtercount      integer,
    writeskipcount   integer,
    starttime        timestamp,
    endtime          timestamp,
    persistentdata   bytea
);
CREATE TABLE IF NOT EXISTS public.jobstatus (
    id  bigint NOT NULL REFERENCES public.jobinstancedata (jobinstanceid),
    obj bytea
);
CREATE TABLE IF NOT EXISTS public.stepstatus (
    id  bigint NOT NULL REFERENCES public.stepexecutioninstancedata (stepexecid),
    obj bytea
);
CREATE TABLE IF NOT EXISTS public.checkpointdata (
    id  varchar(512),
    obj bytea
);
