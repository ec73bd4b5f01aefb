/* eslint-disable */
// Generated from the api's OpenAPI document by `npm run contracts:generate`
// (tools/contracts/openapi-types.ts); do not edit. test: tools/contracts/openapi-types.spec.ts.
export interface paths {
    "/api/v1/admin/holiday-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HolidayYearsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/holiday-years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["HolidayYearsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-board/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QueueBoardController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_getPolicy"];
        put: operations["UsersController_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaPoliciesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sla-policies/{programme}/{priority}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["SlaPoliciesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sla-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaPoliciesController_settings"];
        put: operations["SlaPoliciesController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["UsersController_grantRole"];
        post?: never;
        delete: operations["UsersController_revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_agents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointment-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_listSlots"];
        put?: never;
        post: operations["AppointmentsController_createSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointment-slots/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_closeSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointment-slots/pattern": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_createPattern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_receiptsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按姓名查找操作人（筛选用的下拉选项） */
        get: operations["AuditLogController_actors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计事件（新的在前）
         * @description 每条带操作和对象类型的中文名称、操作人姓名、对象的可读名称（案件编号、账号姓名）；nextBefore 用于向更早翻页。
         */
        get: operations["AuditLogController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出筛选后的审计日志（CSV 或 XLSX）
         * @description 筛选条件与 GET /audit/events 相同，最多 50000 条；导出本身记入审计日志（audit.export）。
         */
        get: operations["AuditLogController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 忘记密码：凭短信验证码设置新密码
         * @description 成功后该账号在所有设备退出，登录失败计数和锁定清除
         */
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 忘记密码：发送短信验证码
         * @description 同一回答，不论手机号是否已注册（不泄露账号是否存在）；与注册验证码同样限频
         */
        post: operations["AuthController_requestResetCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_requestCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ZonesController_listAuthorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 受理（accept）
         * @description 待受理 → 已受理；本集聚区服务台专员（受理人成为承办人，首问负责）
         */
        post: operations["CaseActionsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签收（acknowledge）
         * @description 已上报：签收；受理该上报的网信办联络员
         */
        post: operations["CaseActionsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 分派（assign）
         * @description 分派或改派承办人，状态不变；本集聚区主管或市级主管
         */
        post: operations["CaseActionsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关闭（close）
         * @description 已办结 → 已关闭；本集聚区主管（逾期未评价由系统关闭）
         */
        post: operations["CaseActionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上报（escalate）
         * @description 已受理、办理中 → 已上报（本区网信办）；区网信办联络员可继续上报至市委网信办
         */
        post: operations["CaseActionsController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评价（rate）
         * @description 已办结 → 已关闭；案件所属创作者评价（4、5 分开启差评整改）
         */
        post: operations["CaseActionsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/receive_materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记线下递交（receive_materials）
         * @description 待补充材料 → 告知前的状态：登记创作者在服务窗口线下递交的材料（须写收件说明），计时恢复；承办人（未分派时为本集聚区专员）
         */
        post: operations["CaseActionsController_receiveMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予受理（reject）
         * @description 待受理 → 不予受理（结束）；本集聚区服务台专员，须说明理由
         */
        post: operations["CaseActionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/remind_materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 催补材料（remind_materials）
         * @description 待补充材料：催补，提醒创作者补充（站内信与短信），状态不变；承办人（未分派时为本集聚区专员），同一案件 12 小时内限一次（429）
         */
        post: operations["CaseActionsController_remindMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新办理（reopen）
         * @description 已办结 → 办理中；案件所属创作者，办结后 7 日内
         */
        post: operations["CaseActionsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/request_materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 一次性告知补正（request_materials）
         * @description 待受理、已受理、办理中 → 待补充材料；一次性列明全部所缺材料，计时暂停
         */
        post: operations["CaseActionsController_requestMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办结（resolve）
         * @description 办理中、已上报 → 已办结；承办人或受理上报的网信办联络员，须填写结果与说明
         */
        post: operations["CaseActionsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回服务台（return）
         * @description 已上报 → 办理中；网信办联络员附办理意见退回服务台
         */
        post: operations["CaseActionsController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始办理（start）
         * @description 已受理 → 办理中；承办人
         */
        post: operations["CaseActionsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交（submit）
         * @description 草稿 → 待受理；案件所属创作者，或代为登记的本集聚区专员
         */
        post: operations["CaseActionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/supply_materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补充材料（supply_materials）
         * @description 待补充材料 → 告知前的状态；案件所属创作者
         */
        post: operations["CaseActionsController_supplyMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回（withdraw）
         * @description 已办结以外的任一未结束状态 → 已撤回（结束）；案件所属创作者
         */
        post: operations["CaseActionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/withdraw_materials_request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回补正要求（withdraw_materials_request）
         * @description 待补充材料 → 告知前的状态：撤回补正要求，计时恢复；承办人（未分派时为本集聚区专员）
         */
        post: operations["CaseActionsController_withdrawMaterialsRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_list"];
        put?: never;
        post: operations["EvidenceController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_comments"];
        put?: never;
        post: operations["CasesController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchController_forCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记案件已读（仅本人）
         * @description 清除本人在队列与案件页看到的“新回复/退回”标记；其他工作人员的标记不变。
         */
        post: operations["CasesController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReceiptsController_forCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的差评整改（无差评时为 null） */
        get: operations["QualityController_forCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/supervision-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitsController_forCase"];
        put?: never;
        post: operations["VisitsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/bulk/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量受理
         * @description 逐件受理所选案件（受理人成为承办人）；逐件返回结果，某件失败不影响其他案件。
         */
        post: operations["CaseBulkController_acceptAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量分派
         * @description 逐件分派所选案件给同一专员（不填则逐件自动分派）；逐件返回结果。
         */
        post: operations["CaseBulkController_assignAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_search"];
        put?: never;
        post: operations["ComplianceController_createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_article"];
        put: operations["ComplianceController_updateArticle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_canned"];
        put?: never;
        post: operations["ComplianceController_createCanned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/canned-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ComplianceController_updateCanned"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/canned-replies/{id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_render"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/cases/{id}/article": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_fromCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/navigator/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_navigatorCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/navigator/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/navigator/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_questions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/navigator/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_rules"];
        put?: never;
        post: operations["ComplianceController_createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/navigator/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ComplianceController_updateRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/starts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/starts/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_fileFromStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/starts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_endStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CreatorsController_own"];
        put: operations["CreatorsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CreatorsController_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CreatorsController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CreatorsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统计看板（一次调用返回整页数据）
         * @description 按上海时间的自然日统计（默认最近 30 天）。`columns` 为并列展示的列：集聚区主管只有本区；全市主管为 `all`（全市合计）加各集聚区。`figures[列key]` 为该列的全部指标，`trend.series[列key]` 为逐日趋势。时长单位为毫秒工作时间（`workingDayMs` 为一个工作日）；比率为 0–1 的小数，无分母时为 null。积压、超时、即将超时、待整改差评为 `asOf` 时刻的实时数，不受日期区间影响。各指标口径见 docs/metrics.md。
         */
        get: operations["DashboardController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/case-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出筛选后的案件清单（CSV 或 XLSX）
         * @description 筛选条件与 GET /api/v1/cases 相同（分页参数不起作用），最多 50000 条；中文表头，时间为上海时间。
         */
        get: operations["DashboardController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/monthly-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 集聚区月报（供打印页面使用的 JSON）
         * @description 某集聚区某月（默认上个月）的全部指标、上月对比、分项目指标、逐日趋势、专员工作量与当前超时案件。积压与超时为生成时刻的实时数。
         */
        get: operations["DashboardController_monthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/salons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SalonsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/tables/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出看板中的一张表（CSV 或 XLSX，中文表头，时间为上海时间） */
        get: operations["DashboardController_table"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desk/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_desk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 案件实时更新（server-sent events）
         * @description 每当本人可查看的案件有变化（立案、流转、回复或备注），推送一条 `case` 事件（data 为 JSON，仅含案件 id、变化类别与版本号，不含内容），客户端据此重新获取。范围与案件列表相同：创作者只收到本人案件的公开变化，专员与主管收到本集聚区的，网信办联络员收到上报至本机构的。每 25 秒一条 `ping`。
         */
        get: operations["CaseLiveController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_list"];
        put?: never;
        post: operations["ConsultationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/consultations/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsultationsController_suggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/suggestions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsultationsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/suggestions/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsultationsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_settings"];
        put: operations["InboxController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InboxController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/cases/{caseId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 打开案件时：该案件发给我的消息全部标为已读
         * @description 只作用于当前账号自己的消息；案件不在本人范围内时什么也不改变
         */
        post: operations["InboxController_readCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InboxController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_publicList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 好差评公示：各集聚区每月好评率与差评整改率（无需登录）
         * @description 按上海时间的自然月。评价数含整改后的再评价，经申诉作废的评价不计入；口径见 docs/metrics.md「好差评整改」。默认近 12 个月。
         */
        get: operations["PublicQualityController_publicFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QualityController_listAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级主管审核申诉：维持或作废评价（作废的评价不计入统计，审计留痕） */
        post: operations["QualityController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 差评整改台账
         * @description 每条差评及其回访、整改、再评价与申诉；有逾期环节的排在最前，其次为未完成的，再按评价时间倒序。集聚区人员只看本区。
         */
        get: operations["QualityController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出差评整改台账（XLSX，时间为上海时间） */
        get: operations["QualityController_ledgerXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QualityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对不实或恶意评价提出申诉（由市级主管审核） */
        post: operations["QualityController_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录回访（电话或当面）及回访情况 */
        post: operations["QualityController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications/{id}/rectify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录整改措施；创作者随后可再次评价一次 */
        post: operations["QualityController_rectify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/rectifications/{id}/rerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改后再次评价（仅一次，与首次评价并列保存并计入统计） */
        post: operations["QualityController_rerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QualityController_settings"];
        /** 设置回访与整改时限（工作日，仅市级主管；只影响此后收到的差评） */
        put: operations["QualityController_saveSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReceiptsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/return-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchController_returnVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/return-visits/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SalonsController_list"];
        put?: never;
        post: operations["SalonsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SalonsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/cancel-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SalonsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SalonsController_raiseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SalonsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SalonsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SalonsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/salons/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SalonsController_registrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_servicePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShieldController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/evidence-packets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_packet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShieldController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/platform-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/cases/{id}/police-referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/evidence-packets/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShieldController_packetContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/groups/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_escalateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/groups/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_resolveGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/platform-requests/{id}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShieldController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/platform-requests/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/police-referrals/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ShieldController_updateReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shield/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShieldController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StarlightController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/nominations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StarlightController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/nominations/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StarlightController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StarlightController_listRounds"];
        put?: never;
        post: operations["StarlightController_createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StarlightController_getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/rounds/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StarlightController_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/rounds/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["StarlightController_rank"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/starlight/rounds/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StarlightController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchController_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision-orders/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchController_transfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DispatchController_returnTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitsController_forDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitsController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ZonesController_listZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptCaseDto: {
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        AcknowledgeCaseDto: {
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        AdoptionStatsResponse: {
            adopted: number;
            /** @description 采纳与部分采纳占已答复的比例（0–1） */
            adoptionRate: number | null;
            answered: number;
            /** Format: uuid */
            consultationId: string;
            partlyAdopted: number;
            suggestions: number;
            title: string;
            /** @example huangpu */
            zoneId: string;
        };
        AgeBandCountResponse: {
            /** @enum {string} */
            band: "0-1" | "2-5" | "6-10" | ">10";
            count: number;
            label: string;
        };
        AgentResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
            openCases: number;
            skills: string[];
            zoneId: string;
        };
        AgentWorkloadResponse: {
            active: boolean;
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 毫秒（工作时间）；无数据时为 null */
            meanHandlingMs: number | null;
            /** @description 比率（0–1）；无分母时为 null */
            onTimeRate: number | null;
            open: number;
            rates: components["schemas"]["ThreeRatesResponse"];
            resolved: number;
            zoneId: string;
        };
        AnswerOrderDto: {
            /** @example 已于今日电话联系创作者，平台已下架侵权内容 12 条，剩余 3 条正在核实 */
            answer: string;
        };
        AnswerSuggestionDto: {
            /**
             * @example partly_adopted
             * @enum {string}
             */
            adoption: "adopted" | "partly_adopted" | "not_adopted" | "forwarded";
            /** @example 建议的处理时限已在第二十条中体现，表述作了调整。 */
            reason: string;
        };
        AppealDto: {
            /**
             * @description first 首次评价，second 整改后再评价
             * @enum {string}
             */
            rating: "first" | "second";
            /** @example 评价内容为辱骂，与办理事项无关 */
            reason: string;
        };
        AppointmentCreatorResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 累计未到场次数 */
            noShows: number;
            /** @description 掩码后的手机号 */
            phone: string | null;
        };
        AppointmentFiguresResponse: {
            booked: number;
            cancelled: number;
            capacity: number;
            checkedIn: number;
            noShows: number;
            slots: number;
        };
        AppointmentResponse: {
            /** Format: date-time */
            bookedAt: string;
            /** Format: date-time */
            cancellableUntil: string;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /**
             * Format: uuid
             * @description 签到时登记或关联的案件
             */
            caseId: string | null;
            /** Format: date-time */
            checkedInAt: string | null;
            /** @example 482913 */
            checkInCode: string;
            /** @description 签到码二维码（data: URL，仅创作者本人） */
            checkInQr?: string;
            /** @description 仅工作人员 */
            creator?: components["schemas"]["AppointmentCreatorResponse"];
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @example shield */
            programme: string;
            /**
             * Format: uuid
             * @description 预约确认单（仅创作者本人）
             */
            receiptId?: string | null;
            /** @example HP-YY-2026-000012 */
            reference: string;
            servicePoint: components["schemas"]["ServicePointRefResponse"];
            /** Format: uuid */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "checked_in" | "no_show";
            /** @example 已预约 */
            statusLabel: string;
            topic: string | null;
            /** @example huangpu */
            zoneId: string;
        };
        ArticleDto: {
            /**
             * @example [
             *       "第三条",
             *       "第四条"
             *     ]
             */
            articleRefs: string[];
            /** @example 《人工智能生成合成内容标识办法》第三条…… */
            body: string;
            /** @example 2025-09-01 */
            effectiveOn: string;
            /** @example 国家互联网信息办公室、工业和信息化部、公安部、国家广播电视总局 */
            issuingBody: string;
            /** @example 人工智能生成合成内容标识办法 */
            regulation: string;
            /** @example 国家网信办网站（www.cac.gov.cn） */
            source: string;
            /** @example 显式标识是用户能明显感知的提示…… */
            summary?: string;
            /**
             * Format: uuid
             * @description 新版本替代的已发布文章
             */
            supersedesId?: string;
            /** @example AI生成合成内容标识：什么是显式标识和隐式标识 */
            title: string;
        };
        ArticleFromCaseDto: {
            /** @description 默认为案件的办结说明（专员的答复） */
            body?: string;
            /** @description 默认为案件标题 */
            title?: string;
        };
        AssignCaseDto: {
            /**
             * Format: uuid
             * @description 承办专员；不填时自动分派给本集聚区具备该项目技能、在办案件最少的专员
             * @example 2dcfecfa-1b8d-4364-a074-417a26572bc6
             */
            assigneeId?: string;
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        AssigneeResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        AttachmentResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example 侵权截图.png */
            fileName: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 按文件内容判定的类型
             * @example image/png
             */
            mimeType: string;
            sha256: string;
            size: number;
            sm3: string;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["UploaderResponse"];
        };
        AuditActorResponse: {
            /** @example 黄浦·李专员 */
            displayName: string;
            id: string;
            /** @example agent */
            role: string | null;
        };
        AuditCheckpointResponse: {
            /** Format: date-time */
            at: string;
            /** @example audit-checkpoint-0000000000000040-20261201T080000000Z.json */
            file: string;
            hash: string;
            seq: number;
        };
        AuditEventResponse: {
            /** @example case.accept */
            action: string;
            /** @example 受理 */
            actionLabel: string;
            actorId: string | null;
            /**
             * @description 操作人姓名；系统操作为“系统”，匿名为 null
             * @example 黄浦·李专员
             */
            actorName: string | null;
            actorRole: string | null;
            actorZone: string | null;
            /** @description 变更后（自由文本只记长度与 SM3 摘要） */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description 变更前（自由文本只记长度与 SM3 摘要） */
            before: {
                [key: string]: unknown;
            } | null;
            entityId: string | null;
            /**
             * @description 对象的可读名称：案件编号、账号姓名；其他对象为 null
             * @example HP-SHD-2026-000123
             */
            entityName: string | null;
            /** @example case */
            entityType: string;
            /** @example 案件 */
            entityTypeLabel: string;
            hash: string | null;
            /** @example 42 */
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            prevHash: string | null;
            requestId: string | null;
            /** @description 在密钥链中的序号；链入前为 null */
            seq: number | null;
            userAgent: string | null;
        };
        AuditPageResponse: {
            items: components["schemas"]["AuditEventResponse"][];
            /** @description 向更早翻页时的 before */
            nextBefore: string | null;
        };
        AuditProblemResponse: {
            eventId?: string | null;
            /** @description 有问题的检查点文件 */
            file?: string;
            /** @enum {string} */
            reason: "hash_mismatch" | "chain_broken" | "missing" | "event_missing" | "tail_missing" | "head_mismatch" | "head_behind" | "checkpoint_missing" | "checkpoint_mismatch" | "checkpoint_invalid";
            seq: number | null;
            /** @description 缺失区间的最后一个序号 */
            toSeq?: number;
        };
        AuditVerificationResponse: {
            /** @description 校验过的链节数 */
            checked: number;
            /** @description 最新的有效外部签名检查点 */
            checkpoint: components["schemas"]["AuditCheckpointResponse"] | null;
            /** @description 第一处问题（无问题时省略） */
            firstBroken?: components["schemas"]["FirstBrokenResponse"];
            head: components["schemas"]["ChainHeadResponse"];
            ok: boolean;
            problemCount: number;
            problems: components["schemas"]["AuditProblemResponse"][];
            unlinked: components["schemas"]["UnlinkedResponse"];
            /** Format: date-time */
            verifiedAt: string;
        };
        Authority: {
            /** @example cac_city */
            id: string;
            /** @enum {string} */
            level: "district" | "city";
            /** @example 市委网信办 */
            name: string;
            parentId: string | null;
        };
        AuthorityEscalationsResponse: {
            authorityId: string;
            count: number;
            /** @description 毫秒（工作时间）；无数据时为 null */
            medianTakenMs: number | null;
            name: string;
        };
        BacklogResponse: {
            byAge: components["schemas"]["AgeBandCountResponse"][];
            byStatus: components["schemas"]["StatusCountResponse"][];
            matrix: components["schemas"]["BacklogRowResponse"][];
            total: number;
            unassigned: number;
            /** @description 日历无法计算账龄的件数 */
            unbanded: number;
        };
        BacklogRowResponse: {
            /** @description 按账龄分段的件数 */
            bands: number[];
            label: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated";
        };
        BookAppointmentDto: {
            /**
             * @example shield
             * @enum {string}
             */
            programme: "starlight" | "shield" | "compliance" | "legislation";
            /**
             * Format: uuid
             * @example 9b2d7c1e-3f4a-4b5c-8d6e-7f8091a2b3c4
             */
            slotId: string;
            /** @example 咨询视频被搬运后的维权流程 */
            topic?: string;
        };
        BulkAcceptDto: {
            /**
             * @description 所选案件（1–100 件），逐件办理、逐件审计
             * @example [
             *       "8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b"
             *     ]
             */
            ids: string[];
            /**
             * @description 备注（每件案件相同）
             * @example 批量受理
             */
            note?: string;
        };
        BulkAssignDto: {
            /**
             * Format: uuid
             * @description 承办专员；不填时逐件自动分派给在办案件最少、具备该项目技能的专员
             * @example 2dcfecfa-1b8d-4364-a074-417a26572bc6
             */
            assigneeId?: string;
            /**
             * @description 所选案件（1–100 件），逐件办理、逐件审计
             * @example [
             *       "8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b"
             *     ]
             */
            ids: string[];
            /**
             * @description 备注（每件案件相同）
             * @example 批量受理
             */
            note?: string;
        };
        BulkResultResponse: {
            failed: number;
            results: components["schemas"]["BulkRowResponse"][];
            succeeded: number;
        };
        BulkRowResponse: {
            /** @description 失败原因代码，如 case.forbidden_actor */
            code: string | null;
            /** Format: uuid */
            id: string;
            /** @description 失败原因（中文） */
            message: string | null;
            /** @description 此件是否办理成功 */
            ok: boolean;
            /** @description 案件编号（无权查看的案件为 null） */
            reference: string | null;
            /** @description 办理后的状态（失败时为当前状态，或 null） */
            status: string | null;
        };
        CancelAppointmentDto: {
            /** @example 临时有事 */
            reason?: string;
        };
        CannedReplyDto: {
            /** @default true */
            active: boolean;
            /** @example {{creatorName}}您好，您的咨询（{{reference}}）已受理，我们将在 {{deadline}} 前答复。 */
            body: string;
            /** @enum {string} */
            programme: "starlight" | "shield" | "compliance" | "legislation";
            /** @example 受理告知 */
            title: string;
        };
        CannedReplyResponse: {
            active: boolean;
            body: string;
            /** Format: uuid */
            id: string;
            /** @example compliance */
            programme: string;
            title: string;
            /** @description 为 null 时全市通用 */
            zoneId: string | null;
        };
        CaseDetailResponse: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description 当前用户此刻可执行的操作 */
            allowedActions: ("submit" | "accept" | "reject" | "assign" | "start" | "request_materials" | "supply_materials" | "remind_materials" | "withdraw_materials_request" | "receive_materials" | "escalate" | "acknowledge" | "return" | "resolve" | "reopen" | "withdraw" | "close" | "rate")[];
            assignee: components["schemas"]["PersonRefResponse"] | null;
            /** @example cyberviolence */
            category: string;
            /** @enum {string} */
            channel: "online" | "walk_in" | "phone" | "onsite" | "salon";
            /** Format: date-time */
            closedAt: string | null;
            /** @enum {string|null} */
            closeReason: "rated" | "auto_unrated" | "supervisor" | "unanswered" | null;
            /** Format: date-time */
            createdAt: string;
            creator: components["schemas"]["CreatorRefResponse"];
            /** @example 阿喵UP主 */
            creatorName: string;
            description: string;
            escalation: components["schemas"]["EscalationRefResponse"] | null;
            escalationAuthorityId: string | null;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description 按项目的 JSON Schema 填写的附加信息 */
            intake: {
                [key: string]: unknown;
            };
            materialsRequest: components["schemas"]["MaterialsRequestResponse"] | null;
            /**
             * Format: date-time
             * @description 最早的未到期 SLA 截止时间
             */
            nextDueAt: string | null;
            /**
             * @description nextDueAt 所属的时限
             * @enum {string|null}
             */
            nextDueClock: "accept" | "first_response" | "resolve" | null;
            /**
             * Format: date-time
             * @description nextDueClock 用去 75% 时限的时间（此后列表标黄）
             */
            nextDueWarnAt: string | null;
            outcome: string | null;
            /** @description 是否已有 SLA 时限超时 */
            overdue: boolean;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @example shield */
            programme: string;
            rating: components["schemas"]["RatingResponse"] | null;
            /** @example HP-SHD-2026-000123 */
            reference: string;
            rejectionReason: string | null;
            resolutionSummary: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            slaClocks: components["schemas"]["SlaClockResponse"][];
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated" | "resolved" | "closed" | "rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            /** @example 视频评论区遭遇有组织网暴 */
            title: string;
            /** @description 服务台工作人员：上次查看以来的新动态（创作者回复、补充材料、申请重新办理、网信办退回）；其他角色为 null */
            unread?: components["schemas"]["UnreadMarkerResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description 乐观锁版本号，操作时原样带回 */
            version: number;
            /** @example huangpu */
            zoneId: string;
        };
        CaseDispatchResponse: {
            orders: components["schemas"]["SupervisionOrderResponse"][];
            returnVisits: components["schemas"]["ReturnVisitResponse"][];
            transfers: components["schemas"]["TransferResponse"][];
        };
        CasePageResponse: {
            items: components["schemas"]["CaseSummaryResponse"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description 搜索命中超过上限（SEARCH_RESULT_LIMIT）时为 true：total 即上限，分页到此为止 */
            totalCapped: boolean;
        };
        CaseReadResponse: {
            /** Format: date-time */
            readAt: string;
        };
        CaseRefResponse: {
            /** Format: uuid */
            caseId: string;
            reference: string;
        };
        CaseSummaryResponse: {
            /** Format: date-time */
            acceptedAt: string | null;
            assignee: components["schemas"]["PersonRefResponse"] | null;
            /** @example cyberviolence */
            category: string;
            /** @enum {string} */
            channel: "online" | "walk_in" | "phone" | "onsite" | "salon";
            /** @enum {string|null} */
            closeReason: "rated" | "auto_unrated" | "supervisor" | "unanswered" | null;
            /** Format: date-time */
            createdAt: string;
            /** @example 阿喵UP主 */
            creatorName: string;
            escalationAuthorityId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description 最早的未到期 SLA 截止时间
             */
            nextDueAt: string | null;
            /**
             * @description nextDueAt 所属的时限
             * @enum {string|null}
             */
            nextDueClock: "accept" | "first_response" | "resolve" | null;
            /**
             * Format: date-time
             * @description nextDueClock 用去 75% 时限的时间（此后列表标黄）
             */
            nextDueWarnAt: string | null;
            /** @description 是否已有 SLA 时限超时 */
            overdue: boolean;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @example shield */
            programme: string;
            /** @example HP-SHD-2026-000123 */
            reference: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated" | "resolved" | "closed" | "rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            /** @example 视频评论区遭遇有组织网暴 */
            title: string;
            /** @description 服务台工作人员：上次查看以来的新动态（创作者回复、补充材料、申请重新办理、网信办退回）；其他角色为 null */
            unread?: components["schemas"]["UnreadMarkerResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @example huangpu */
            zoneId: string;
        };
        ChainHeadResponse: {
            hash: string;
            seq: number;
        };
        CheckInCaseDto: {
            /** @example cyberviolence */
            category: string;
            /** @example 创作者到窗口反映…… */
            description: string;
            /**
             * @example {
             *       "platform": "bilibili",
             *       "offendingAccounts": [
             *         "某某"
             *       ],
             *       "startedOn": "2026-03-01",
             *       "ongoing": true,
             *       "minorInvolved": false
             *     }
             */
            intake: Record<string, never>;
            /**
             * @example shield
             * @enum {string}
             */
            programme: "starlight" | "shield" | "compliance" | "legislation";
            /** @example 视频评论区遭遇有组织网暴 */
            title: string;
        };
        CheckInDto: {
            /**
             * Format: uuid
             * @description 关联创作者已有的案件（与 newCase 二选一）
             */
            caseId?: string;
            /** @description 或为此次到访登记新的窗口（walk_in）案件 */
            newCase?: components["schemas"]["CheckInCaseDto"];
        };
        CloseCaseDto: {
            /**
             * @description 原因（可选）
             * @example 创作者已与对方和解
             */
            reason?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        CloseSlotDto: {
            /** @example 服务点临时闭馆 */
            reason: string;
        };
        CodeSentResponse: {
            /**
             * @description 验证码有效期（秒）
             * @example 600
             */
            expiresInSeconds: number;
        };
        ColumnFiguresResponse: {
            backlog: components["schemas"]["BacklogResponse"];
            counts: components["schemas"]["PeriodCountsResponse"];
            escalations: components["schemas"]["EscalationFiguresResponse"];
            handling: components["schemas"]["HandlingFiguresResponse"];
            rates: components["schemas"]["ThreeRatesResponse"];
            ratesByProgramme: components["schemas"]["ProgrammeRatesResponse"][];
            satisfaction: components["schemas"]["SatisfactionFiguresResponse"];
            shield: components["schemas"]["ShieldFiguresResponse"];
            sla: components["schemas"]["SlaFiguresResponse"];
        };
        CommentDto: {
            /** @example 您好，我们已收到材料，正在核实。 */
            body: string;
            /**
             * @description internal 为内部备注，创作者不可见
             * @default public
             * @enum {string}
             */
            visibility: "public" | "internal";
        };
        ComplianceStartResponse: {
            articles: components["schemas"]["KnowledgeArticleResponse"][];
            /** Format: uuid */
            id: string;
        };
        ComplianceStartStatsResponse: {
            /** @description 未立案即结束的比例（0–1）；无咨询时为 null */
            deflectionRate: number | null;
            helpful: number;
            starts: number;
            withCase: number;
            withoutCase: number;
            /** @example huangpu */
            zoneId: string;
        };
        ConditionDto: {
            /** @description 多选题：任一选项即满足（与 equals 二选一），如 ["image", "video"] */
            anyOf?: string[];
            /**
             * @description 文字或 true/false
             * @example true
             */
            equals?: Record<string, never>;
            /** @example servesPublic */
            question: string;
        };
        ConsultationArticleDto: {
            /** @example 第十条 */
            no: string;
            /** @example 网络信息内容服务平台应当…… */
            text: string;
        };
        ConsultationArticleResponse: {
            /** @example 第十条 */
            no: string;
            text: string;
        };
        ConsultationCountsResponse: {
            adopted: number;
            answered: number;
            forwarded: number;
            notAdopted: number;
            partlyAdopted: number;
            suggestions: number;
        };
        ConsultationResponse: {
            articles: components["schemas"]["ConsultationArticleResponse"][];
            /** Format: date-time */
            closesAt: string;
            counts: components["schemas"]["ConsultationCountsResponse"];
            /** Format: uuid */
            id: string;
            /** @example 中共上海市委网络安全和信息化委员会办公室 */
            issuingBody: string;
            /** Format: date-time */
            opensAt: string;
            /** @description 征求意见期不足 30 日的理由 */
            shortWindowReason: string | null;
            /** @enum {string} */
            state: "upcoming" | "open" | "closed";
            summary: string;
            /** @example 上海市网络信息内容管理若干规定（草案征求意见稿） */
            title: string;
        };
        ContactDto: {
            /**
             * @description 回访方式：phone 电话回访，in_person 当面回访
             * @enum {string}
             */
            method: "phone" | "in_person";
            /** @example 已电话联系创作者，说明办理依据并致歉，创作者表示理解 */
            outcome: string;
        };
        CreateAccountDto: {
            /** @example cac_huangpu */
            authorityId?: string;
            /** @example 王专员 */
            displayName: string;
            /**
             * @description 初始密码（需符合密码策略）
             * @example Temp@2026!
             */
            password: string;
            /**
             * @example [
             *       "shield",
             *       "compliance"
             *     ]
             */
            skills?: ("starlight" | "shield" | "compliance" | "legislation")[];
            /**
             * @description 登录名：小写字母、数字、点、下划线
             * @example hp.agent3
             */
            username: string;
            /** @example huangpu */
            zoneId?: string;
        };
        CreateConsultationDto: {
            articles: components["schemas"]["ConsultationArticleDto"][];
            /** @example 2026-04-01T00:00:00+08:00 */
            closesAt: string;
            /** @example 中共上海市委网络安全和信息化委员会办公室 */
            issuingBody: string;
            /** @example 2026-03-01T00:00:00+08:00 */
            opensAt: string;
            /** @description 征集期不足 30 日时须说明理由 */
            shortWindowReason?: string;
            /** @example 为规范本市网络信息内容管理，现公开征求意见。 */
            summary?: string;
            /** @example 上海市网络信息内容管理条例（草案征求意见稿） */
            title: string;
        };
        CreateRoundDto: {
            /**
             * @example [
             *       "text",
             *       "image",
             *       "audio_video",
             *       "special_column",
             *       "theme_activity"
             *     ]
             */
            categories: ("text" | "image" | "audio_video" | "special_column" | "theme_activity")[];
            /** @example 2026-04-30T23:59:59+08:00 */
            closesAt: string;
            /**
             * @description 入选的荣誉名称（默认“中国正能量网络精品”）
             * @example 中国正能量网络精品
             */
            honour?: string;
            /** @example 2026年度中国正能量网络精品征集 */
            name: string;
            /** @example 2026-03-01T00:00:00+08:00 */
            opensAt: string;
            quotas: components["schemas"]["RoundQuotaDto"][];
            /**
             * @description 每位创作者每类作品的自荐上限
             * @default 5
             * @example 5
             */
            selfNominationCap: number;
        };
        CreateSlotDto: {
            /** @example 4 */
            capacity: number;
            /**
             * Format: date-time
             * @example 2026-03-09T02:00:00.000Z
             */
            endsAt: string;
            /**
             * @description 该时段服务的项目
             * @example [
             *       "shield",
             *       "compliance"
             *     ]
             */
            programmes: ("starlight" | "shield" | "compliance" | "legislation")[];
            /**
             * Format: date-time
             * @example 2026-03-09T01:30:00.000Z
             */
            startsAt: string;
            /**
             * @description 全市主管须指定集聚区；集聚区主管默认本集聚区
             * @example huangpu
             */
            zoneId?: string;
        };
        CreatorIdentityResponse: {
            /** @example 11010519491231002X */
            idCardNumber: string | null;
            /** @example 13800005678 */
            phone: string | null;
            /** @example 张小喵 */
            realName: string | null;
        };
        CreatorProfileResponse: {
            /** @example 阿喵UP主 */
            displayName: string;
            /**
             * @description 掩码后的身份证号
             * @example 110***********002X
             */
            idCardNumber: string | null;
            mcn: string | null;
            /**
             * @description 掩码后的手机号
             * @example 138****5678
             */
            phone: string | null;
            platformAccounts: components["schemas"]["PlatformAccountResponse"][];
            /**
             * @description 掩码后的真实姓名
             * @example 张*喵
             */
            realName: string | null;
            /** @example 喵喵工作室 */
            studio: string | null;
            /** Format: uuid */
            userId: string;
            /** @description 身份是否已在服务台核验 */
            verified: boolean;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        CreatorRefResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 掩码后的手机号，如 138****5678 */
            phone: string | null;
        };
        DashboardColumnResponse: {
            /** @example all */
            key: string;
            /** @example 全市 */
            name: string;
            /** @description 全市合计列为 null */
            zoneId: string | null;
        };
        DashboardResponse: {
            agents: components["schemas"]["AgentWorkloadResponse"][];
            /** Format: date-time */
            asOf: string;
            columns: components["schemas"]["DashboardColumnResponse"][];
            dueSoon: components["schemas"]["SlaListResponse"];
            /** @description 按列 key 的全部指标 */
            figures: {
                [key: string]: components["schemas"]["ColumnFiguresResponse"];
            };
            filter: components["schemas"]["FilterResponse"];
            overdue: components["schemas"]["SlaListResponse"];
            previous: components["schemas"]["PreviousPeriodResponse"];
            range: components["schemas"]["RangeResponse"];
            trend: components["schemas"]["DashboardTrendResponse"];
            /** @description 一个工作日的毫秒数 */
            workingDayMs: number;
        };
        DashboardTrendResponse: {
            /** @description 逐日（YYYY-MM-DD） */
            days: string[];
            /** @description 按列 key 的逐日趋势 */
            series: {
                [key: string]: components["schemas"]["TrendSeriesResponse"];
            };
        };
        DecideAppealDto: {
            /**
             * @description upheld 维持评价，voided 评价作废（不计入统计，审计留痕）
             * @enum {string}
             */
            decision: "upheld" | "voided";
            /** @example 评价内容含人身攻击，与服务事项无关，予以作废 */
            reason: string;
        };
        EndedStartResponse: {
            helpful: boolean;
            /** Format: uuid */
            id: string;
        };
        EndStartDto: {
            /**
             * @description 推荐的文章是否解决了问题
             * @example true
             */
            helpful: boolean;
        };
        EscalateCaseDto: {
            /**
             * @description 上报对象；服务台上报至本区网信办，区网信办上报至市委网信办，不填即为该对象
             * @example cac_huangpu
             */
            authorityId?: string;
            /**
             * @description 给创作者的说明（选填；创作者在办理进展中只看到这一句，看不到上报理由）
             * @example 您的案件已提交区委网信办协调处置
             */
            publicNote?: string;
            /**
             * @description 上报理由（内部，仅工作人员可见）
             * @example 材料显示侵权行为持续，申请上报
             */
            reason: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        EscalationFiguresResponse: {
            automatic: number;
            byAuthority: components["schemas"]["AuthorityEscalationsResponse"][];
            byOutcome: components["schemas"]["OutcomeCountResponse"][];
            cases: number;
            count: number;
            /** @description 毫秒（工作时间）；无数据时为 null */
            medianAcknowledgeMs: number | null;
            /** @description 毫秒（工作时间）；无数据时为 null */
            medianTakenMs: number | null;
            /** @description 比率（0–1）；无分母时为 null */
            rate: number | null;
        };
        EscalationRefResponse: {
            acknowledged: boolean;
            authorityId: string;
        };
        EscalationTargetResponse: {
            description: string;
            /** @enum {string} */
            target: "district" | "city";
        };
        EvidenceHintResponse: {
            enabled: boolean;
            hint: string;
            recommended: boolean;
        };
        EvidencePacketResponse: {
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            createdAt: string;
            fileCount: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "police" | "court" | "platform";
            sha256: string;
            /** @description 字节数 */
            size: number;
            sm3: string;
        };
        FileCaseDto: {
            /** @example cyberviolence */
            category: string;
            /**
             * @description 受理渠道；创作者线上提交时为 online
             * @enum {string}
             */
            channel?: "online" | "walk_in" | "phone" | "onsite" | "salon";
            /**
             * @description 代为登记时：创作者称呼
             * @example 张三
             */
            creatorName?: string;
            /**
             * @description 代为登记时：创作者手机号
             * @example 13800001234
             */
            creatorPhone?: string;
            /** @example 自 3 月起多个账号在我的视频下持续发布侮辱性评论…… */
            description: string;
            /**
             * @example {
             *       "platform": "bilibili",
             *       "offendingAccounts": [
             *         "某某黑粉"
             *       ],
             *       "urls": [
             *         "https://www.bilibili.com/video/BV1xx"
             *       ],
             *       "startedOn": "2026-03-01",
             *       "ongoing": true,
             *       "minorInvolved": false
             *     }
             */
            intake: Record<string, never>;
            /**
             * @example shield
             * @enum {string}
             */
            programme: "starlight" | "shield" | "compliance" | "legislation";
            /**
             * @description false 时保存为草稿
             * @default true
             */
            submit: boolean;
            /** @example 视频评论区遭遇有组织网暴 */
            title: string;
            /**
             * @description 创作者选择的集聚区；工作人员代为登记时为本人所在集聚区
             * @example huangpu
             */
            zoneId?: string;
        };
        FileFromStartDto: {
            /** @enum {string} */
            category: "policy_interpretation" | "compliance_guidance" | "tech_matching";
            /** @example 工作室使用生成式 AI 制作视频封面，想了解标识要求。 */
            description: string;
            /**
             * @example {
             *       "productOrModel": "某文生图模型",
             *       "question": "封面图由 AI 生成，是否必须添加显式标识？"
             *     }
             */
            intake: Record<string, never>;
            /** @example AI 生成的视频封面是否需要标识 */
            title: string;
        };
        FilterResponse: {
            programme: string | null;
            zoneId: string | null;
        };
        FirstBrokenResponse: {
            id: string | null;
            /** @enum {string} */
            reason: "hash_mismatch" | "chain_broken" | "missing" | "event_missing" | "tail_missing" | "head_mismatch" | "head_behind" | "checkpoint_missing" | "checkpoint_mismatch" | "checkpoint_invalid";
            seq: number | null;
        };
        GrantRoleDto: {
            /**
             * @description 授予的角色（必填）；收回角色用 DELETE /admin/users/{id}/role
             * @enum {string}
             */
            role: "creator" | "agent" | "supervisor" | "cac_officer" | "sysadmin" | "secadmin" | "auditor";
        };
        GroupEscalateDto: {
            /** @example 同一批账号对多名创作者实施网络暴力，串并上报 */
            reason: string;
        };
        GroupMemberResponse: {
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            caseId: string;
            reference: string;
            status: string;
            title: string;
        };
        GroupResolveDto: {
            /** @enum {string} */
            outcome: "takedown_done" | "referred_to_police" | "mediated" | "insufficient_evidence" | "other";
            /** @example 平台已删除侵权内容并封禁相关账号。 */
            summary: string;
        };
        HandlingFiguresResponse: {
            /** @description 毫秒（工作时间）；无数据时为 null */
            meanMs: number | null;
            measured: number;
            /** @description 毫秒（工作时间）；无数据时为 null */
            medianMs: number | null;
            /** @description 毫秒（工作时间）；无数据时为 null */
            p90Ms: number | null;
            resolved: number;
        };
        HolidayYearDto: {
            /**
             * @description 全部放假日期（含假期内的周末）
             * @example [
             *       "2027-01-01",
             *       "2027-02-05",
             *       "2027-02-06"
             *     ]
             */
            holidays: string[];
            /**
             * @description 调休上班的周六、周日
             * @example [
             *       "2027-02-20"
             *     ]
             */
            makeupWorkdays: string[];
            /**
             * @description 是否为临时数据（正式通知发布前）
             * @default false
             */
            provisional: boolean;
            /** @example 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号），https://www.gov.cn/… */
            source: string;
        };
        HolidayYearResponse: {
            /**
             * @description 全部放假日期（YYYY-MM-DD）
             * @example [
             *       "2027-01-01"
             *     ]
             */
            holidays: string[];
            /**
             * @description 调休上班的周六、周日（YYYY-MM-DD）
             * @example [
             *       "2027-02-20"
             *     ]
             */
            makeupWorkdays: string[];
            /** @description 是否为按放假办法推算的临时数据 */
            provisional: boolean;
            /** @example 国务院办公厅关于2027年部分节假日安排的通知 */
            source: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            updatedBy: string | null;
            /** @example 2027 */
            year: number;
        };
        HolidayYearsResponse: {
            /** @description 临时数据、缺少年份等提醒 */
            warnings: string[];
            years: components["schemas"]["HolidayYearResponse"][];
        };
        HonourRoundResponse: {
            categories: ("text" | "image" | "audio_video" | "special_column" | "theme_activity")[];
            /** Format: date-time */
            closesAt: string;
            /** @example 中国正能量网络精品 */
            honour: string;
            /** Format: uuid */
            id: string;
            /** @example 2026年度中国正能量网络精品征集 */
            name: string;
            /** @description 本轮申报数 */
            nominations: number;
            /** Format: date-time */
            opensAt: string;
            quotas: components["schemas"]["RoundQuotaResponse"][];
            selfNominationCap: number;
            /** @enum {string} */
            state: "upcoming" | "open" | "closed";
        };
        InboxItemResponse: {
            body: string;
            /** Format: uuid */
            caseId: string | null;
            /** @example HP-SHD-2026-000123 */
            caseReference: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example 42 */
            id: string;
            /** @example materials_requested */
            kind: string;
            /** @example 补正告知 */
            kindLabel: string;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        InboxPageResponse: {
            items: components["schemas"]["InboxItemResponse"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        IssuedDocumentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** @example receipt.acceptance */
            kind: string;
            /** @example 受理回执 */
            kindLabel: string;
            /** @example 受理回执 */
            title: string;
            /** @example 7KQ2-M9XD-4HRT-PW3C */
            verificationCode: string;
            /** @example http://localhost:3000/verify/7KQ2-M9XD-4HRT-PW3C */
            verificationUrl: string;
        };
        IssueOrderDto: {
            /**
             * Format: date-time
             * @description 答复期限
             * @example 2026-03-12T09:30:00.000Z
             */
            deadline: string;
            /** @example 请于期限前联系创作者并书面说明平台处置进展 */
            requirement: string;
        };
        KnowledgeArticleResponse: {
            /**
             * @example [
             *       "第二十四条"
             *     ]
             */
            articleRefs: string[];
            body: string;
            /** @example 2022-03-01 */
            effectiveOn: string;
            /** Format: uuid */
            fromCaseId: string | null;
            /** Format: uuid */
            id: string;
            issuingBody: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description 检索相关度（仅检索结果） */
            rank?: number;
            /** @example 互联网信息服务算法推荐管理规定 */
            regulation: string;
            source: string;
            /** @enum {string} */
            status: "draft" | "published" | "superseded";
            summary: string;
            /** Format: uuid */
            supersededBy: string | null;
            /** Format: uuid */
            supersedesId: string | null;
            /** @example 算法备案：自提供服务之日起十个工作日内 */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LabelledOptionResponse: {
            /** @example cyberviolence */
            id: string;
            /** @example 网络暴力 */
            label: string;
        };
        LevelCountResponse: {
            count: number;
            label: string;
            /**
             * @description 评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意
             * @enum {number}
             */
            level: 5 | 4 | 3 | 2 | 1;
        };
        LinkCasesDto: {
            /**
             * @description 与本案串并的其他盾牌行动案件 id
             * @example [
             *       "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23"
             *     ]
             */
            caseIds: string[];
            /** @example 同一批账号针对多名创作者 */
            note?: string;
        };
        LinkGroupResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            members: components["schemas"]["GroupMemberResponse"][];
            note: string;
            /** @example huangpu */
            zoneId: string;
        };
        LiveCaseEventResponse: {
            /**
             * @description kind 为 transitioned 时的操作
             * @enum {string}
             */
            action?: "submit" | "accept" | "reject" | "assign" | "start" | "request_materials" | "supply_materials" | "remind_materials" | "withdraw_materials_request" | "receive_materials" | "escalate" | "acknowledge" | "return" | "resolve" | "reopen" | "withdraw" | "close" | "rate";
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            caseId: string;
            /**
             * @description 立案、流转（含分派）、回复或备注
             * @enum {string}
             */
            kind: "filed" | "transitioned" | "commented";
            /** @description 是否为接收者本人所做的变化 */
            self: boolean;
            /** @description 变化后的案件版本号 */
            version: number;
        };
        LiveResponse: {
            /** @enum {string} */
            status: "ok";
        };
        LoginDto: {
            /** @example Demo@2026 */
            password: string;
            /**
             * @description 登录名（工作人员）或手机号（创作者）
             * @example hp.agent1
             */
            username: string;
        };
        MarkedAllReadResponse: {
            /** @description 本次标为已读的消息数 */
            updated: number;
        };
        MarkedCaseReadResponse: {
            /** @description 此后仍未读的消息数 */
            unread: number;
            /** @description 本次标为已读的消息数 */
            updated: number;
        };
        MarkedReadResponse: {
            /** @example 42 */
            id: string;
            /** Format: date-time */
            readAt: string;
        };
        MaterialsRequestResponse: {
            items: string[];
            note: string | null;
        };
        MergeDto: {
            /**
             * Format: uuid
             * @description 同一创作者重复提交的案件，并入本案
             * @example 6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23
             */
            duplicateCaseId: string;
        };
        MonthlyReportResponse: {
            agents: components["schemas"]["AgentWorkloadResponse"][];
            byProgramme: components["schemas"]["ProgrammeFiguresRowResponse"][];
            figures: components["schemas"]["ColumnFiguresResponse"];
            /** Format: date-time */
            generatedAt: string;
            /** @example 2026-03 */
            month: string;
            overdue: components["schemas"]["SlaListResponse"];
            previous: components["schemas"]["PreviousMonthResponse"];
            range: components["schemas"]["RangeResponse"];
            title: string;
            trend: components["schemas"]["MonthlyTrendResponse"];
            workingDayMs: number;
            zone: components["schemas"]["ZoneRefResponse"];
        };
        MonthlyTrendResponse: {
            days: string[];
            series: components["schemas"]["TrendSeriesResponse"];
        };
        MyRegistrationResponse: {
            /** Format: date-time */
            checkedInAt: string | null;
            /** @example 204816 */
            checkInCode: string;
            /** @description 签到码二维码（data: URL） */
            checkInQr?: string;
            /** Format: uuid */
            id: string;
            rating: number | null;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "cancelled";
            /** @description 候补位置（1 为下一位） */
            waitlistPosition: number | null;
        };
        NavigatorAnswersDto: {
            /**
             * @example {
             *       "productDescription": "AI 配音小程序",
             *       "servesPublic": true,
             *       "generates": [
             *         "audio"
             *       ],
             *       "publicOpinion": true,
             *       "modelSource": "third_party_api",
             *       "recommends": false,
             *       "publishesAigc": true,
             *       "serviceStartDate": "2026-03-02"
             *     }
             */
            answers: Record<string, never>;
        };
        NavigatorCaseDto: {
            /**
             * @example {
             *       "productDescription": "AI 配音小程序",
             *       "servesPublic": true,
             *       "generates": [
             *         "audio"
             *       ],
             *       "publicOpinion": true,
             *       "modelSource": "third_party_api",
             *       "recommends": false,
             *       "publishesAigc": true,
             *       "serviceStartDate": "2026-03-02"
             *     }
             */
            answers: Record<string, never>;
            /** @example huangpu */
            zoneId: string;
        };
        NavigatorConditionResponse: {
            anyOf?: string[];
            equals?: string | boolean;
            question: string;
        };
        NavigatorObligationResponse: {
            code: string;
            deadlineText: string;
            description: string;
            /**
             * @description 按工作日日历算出的截止日期
             * @example 2026-03-16
             */
            dueOn: string | null;
            /** @enum {string} */
            obligation: "filing" | "assessment" | "label" | "notice";
            sources: components["schemas"]["NavigatorSourceResponse"][];
            title: string;
        };
        NavigatorQuestionResponse: {
            help?: string;
            /** @example servesPublic */
            id: string;
            label: string;
            options?: components["schemas"]["QuestionOptionResponse"][];
            required: boolean;
            /** @enum {string} */
            type: "text" | "boolean" | "multi" | "single" | "date";
        };
        NavigatorResultResponse: {
            obligations: components["schemas"]["NavigatorObligationResponse"][];
            summary: string;
        };
        NavigatorRuleResponse: {
            active: boolean;
            /** @example algorithm_filing */
            code: string;
            conditions: components["schemas"]["NavigatorConditionResponse"][];
            deadlineText: string;
            deadlineWorkingDays: number | null;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            obligation: "filing" | "assessment" | "label" | "notice";
            sort: number;
            sources: components["schemas"]["NavigatorSourceResponse"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        NavigatorSourceResponse: {
            /** @example 第二十四条 */
            article: string;
            /** @example 互联网信息服务算法推荐管理规定 */
            regulation: string;
        };
        NominateDto: {
            /**
             * @example self_nomination
             * @enum {string}
             */
            category: "honour_recommendation" | "self_nomination";
            /** @example 系列纪录短片讲述老城区更新中的普通人故事。 */
            description: string;
            /**
             * @example {
             *       "nominationType": "work",
             *       "workTitle": "弄堂里的光",
             *       "form": "audio_video",
             *       "links": [
             *         "https://www.bilibili.com/video/BV1ab411c7mD"
             *       ],
             *       "reach": "全网播放 120 万次"
             *     }
             */
            intake: Record<string, never>;
            /** @example 推荐纪录短片《弄堂里的光》 */
            title: string;
            /** @example huangpu */
            zoneId: string;
        };
        NominationDecisionResponse: {
            /** Format: date-time */
            decidedAt: string;
            /** @description 仅工作人员可见 */
            decidedBy: string | null;
            /** @enum {string} */
            decision: "pass" | "fail" | "recommend" | "not_recommend" | "selected" | "not_selected";
            reason: string;
            /** @enum {string} */
            stage: "desk_reviewed" | "zone_recommended" | "city_decided" | "result";
        };
        NominationResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example submitted */
            caseStatus: string;
            cityRank: number | null;
            creatorName: string | null;
            decisions: components["schemas"]["NominationDecisionResponse"][];
            /** @enum {string} */
            form: "text" | "image" | "audio_video" | "special_column" | "theme_activity";
            honour: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "honour_recommendation" | "self_nomination";
            links: string[];
            /** @enum {string|null} */
            nextStage: "desk_reviewed" | "zone_recommended" | "city_decided" | "result" | null;
            /** @enum {string|null} */
            outcome: "selected" | "not_selected" | null;
            reachCount: number | null;
            /** @example HP-STL-2026-000012 */
            reference: string;
            /** Format: uuid */
            roundId: string;
            roundName: string;
            /** @enum {string} */
            stage: "applied" | "desk_reviewed" | "zone_recommended" | "city_decided" | "result";
            title: string;
            workTitle: string;
            /** @example huangpu */
            zoneId: string;
        };
        NotificationSettingsDto: {
            /**
             * Format: email
             * @description 接收邮件通知的地址；null 表示删除
             * @example li.zhuanyuan@example.com
             */
            email?: string | null;
            /** @default true */
            emailEnabled: boolean;
            /**
             * @description 短信通知（仅限绑定手机号的账号）
             * @default true
             */
            smsEnabled: boolean;
        };
        NotificationSettingsResponse: {
            /**
             * @description 掩码后的电子邮箱；未填写为 null
             * @example li***@example.com
             */
            email: string | null;
            emailEnabled: boolean;
            /**
             * @description 掩码后的手机号
             * @example 138****5678
             */
            phone: string | null;
            smsEnabled: boolean;
        };
        OpeningPeriodResponse: {
            /** @example 12:00 */
            end: string;
            /** @example 09:00 */
            start: string;
        };
        OpeningTimeDto: {
            /** @example 10:00 */
            end: string;
            /** @example 09:30 */
            start: string;
        };
        OutcomeCountResponse: {
            count: number;
            label: string;
            /** @enum {string} */
            outcome: "returned" | "resolved" | "escalated_on" | "withdrawn" | "pending";
        };
        PacketDto: {
            /**
             * @example police
             * @enum {string}
             */
            purpose: "police" | "court" | "platform";
        };
        PeriodCountsResponse: {
            accepted: number;
            escalated: number;
            rejected: number;
            reopened: number;
            resolved: number;
            submitted: number;
            withdrawn: number;
        };
        PersonRefResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        PlatformAccountDto: {
            /** @example 123456789 */
            accountId: string;
            /**
             * @example bilibili
             * @enum {string}
             */
            platform: "bilibili" | "xiaohongshu" | "douyin" | "weibo" | "wechat_channels" | "kuaishou" | "zhihu" | "other";
            /** @example https://space.bilibili.com/123456789 */
            url?: string;
        };
        PlatformAccountResponse: {
            /** @example 123456789 */
            accountId: string;
            /** @example bilibili */
            platform: string;
            /** @example https://space.bilibili.com/123456789 */
            url?: string;
        };
        PlatformRequestDto: {
            /** @description 默认为申请中的侵权账号 */
            accounts?: string[];
            /**
             * @example [
             *       "delete_content",
             *       "ban_account"
             *     ]
             */
            measures: ("delete_content" | "ban_account" | "restrict_account" | "preserve_data" | "disclose_info")[];
            /** @description 默认为申请中的侵权链接 */
            urls?: string[];
        };
        PlatformRequestResponse: {
            accounts: string[];
            authorityId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            documentId: string | null;
            /** Format: uuid */
            id: string;
            measures: ("delete_content" | "ban_account" | "restrict_account" | "preserve_data" | "disclose_info")[];
            /** @example weibo */
            platform: string;
            responses: components["schemas"]["PlatformResponseResponse"][];
            urls: string[];
            verificationCode: string | null;
        };
        PlatformResponseDto: {
            /** @example 平台回函：已删除 3 条视频评论 */
            note?: string;
            /** @example 2026-03-05 */
            respondedOn: string;
            /**
             * @example deleted
             * @enum {string}
             */
            result: "deleted" | "banned" | "not_handled";
        };
        PlatformResponseResponse: {
            /** Format: uuid */
            id: string;
            note: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example 2026-03-05 */
            respondedOn: string;
            /** @enum {string} */
            result: "deleted" | "banned" | "not_handled";
        };
        PlatformResponseStatsResponse: {
            banned: number;
            deleted: number;
            notHandled: number;
            pending: number;
            /** @example weibo */
            platform: string;
            requests: number;
            /** @example huangpu */
            zoneId: string;
        };
        PoliceReferralDto: {
            /** @example 上海市公安局黄浦分局 */
            policeUnit: string;
            /** @example 诽谤信息浏览逾 5000 次，涉嫌诽谤罪 */
            reason: string;
            /** @example 2026-03-05 */
            referredOn: string;
        };
        PoliceReferralResponse: {
            /** Format: uuid */
            caseId: string;
            history: components["schemas"]["ReferralHistoryResponse"][];
            /** Format: uuid */
            id: string;
            policeUnit: string;
            reason: string;
            receiptNo: string | null;
            /** @example 2026-03-05 */
            referredOn: string;
            /** @enum {string} */
            status: "referred" | "filed" | "not_filed" | "closed";
            /** Format: date-time */
            updatedAt: string;
        };
        PreviousFiguresResponse: {
            counts: components["schemas"]["PeriodCountsResponse"];
            escalations: components["schemas"]["EscalationFiguresResponse"];
            satisfaction: components["schemas"]["SatisfactionFiguresResponse"];
            sla: components["schemas"]["SlaFiguresResponse"];
        };
        PreviousMonthResponse: {
            figures: components["schemas"]["ColumnFiguresResponse"];
            /** @example 2026-02 */
            month: string;
        };
        PreviousPeriodResponse: {
            /** @description 按列 key 的上一周期指标（计数、时限、满意度、上报），用于环比 */
            figures: {
                [key: string]: components["schemas"]["PreviousFiguresResponse"];
            };
            range: components["schemas"]["PreviousRangeResponse"];
        };
        PreviousRangeResponse: {
            /** @description 与本期天数相同 */
            days: number;
            /**
             * @description 上一周期首日
             * @example 2026-01-30
             */
            from: string;
            /**
             * @description 上一周期末日（含）：本期首日的前一天
             * @example 2026-02-28
             */
            to: string;
        };
        ProblemDetails: {
            /**
             * @description 稳定的机器可读代码
             * @example validation_failed
             */
            code: string;
            /**
             * @description 中文说明
             * @example 请求参数有误，请按提示修改后重试
             */
            detail: string;
            /** @description 逐个字段的问题（校验失败时） */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @example /api/v1/cases */
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example https://creator-desk.example/problems/validation_failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            /**
             * @description 出错的字段，如 intake.urls[2]、Content-Type、查询参数名
             * @example intake.urls[2]
             */
            field: string;
            /**
             * @description 中文说明
             * @example urls 的每项须为 http(s) 链接
             */
            message: string;
        };
        ProgrammeFiguresResponse: {
            counts: components["schemas"]["PeriodCountsResponse"];
            escalations: components["schemas"]["EscalationFiguresResponse"];
            handling: components["schemas"]["HandlingFiguresResponse"];
            rates: components["schemas"]["ThreeRatesResponse"];
            ratesByProgramme: components["schemas"]["ProgrammeRatesResponse"][];
            satisfaction: components["schemas"]["SatisfactionFiguresResponse"];
            sla: components["schemas"]["SlaFiguresResponse"];
        };
        ProgrammeFiguresRowResponse: {
            figures: components["schemas"]["ProgrammeFiguresResponse"];
            name: string;
            programme: string;
        };
        ProgrammeRatesResponse: {
            name: string;
            programme: string;
            rates: components["schemas"]["ThreeRatesResponse"];
        };
        ProgrammeResponse: {
            categories: components["schemas"]["LabelledOptionResponse"][];
            /** @example SHD */
            code: string;
            /** @enum {string} */
            defaultPriority: "low" | "normal" | "high" | "urgent";
            description: string;
            escalation: components["schemas"]["EscalationTargetResponse"];
            /** @enum {string} */
            id: "starlight" | "shield" | "compliance" | "legislation";
            /** @description 申报表单（JSON Schema 2020-12，服务端按此校验） */
            intakeSchema: {
                [key: string]: unknown;
            };
            /** @example 盾牌行动 */
            name: string;
            outcomes: components["schemas"]["LabelledOptionResponse"][];
            /** @example 权益保护 */
            subtitle: string;
            ui: components["schemas"]["ProgrammeUiResponse"];
        };
        ProgrammeUiResponse: {
            evidence: components["schemas"]["EvidenceHintResponse"];
            /** @description 每个字段的渲染提示 */
            fields: {
                [key: string]: components["schemas"]["UiFieldHintResponse"];
            };
            /** @description 表单字段的显示顺序 */
            order: string[];
        };
        PublicConsultationResponse: {
            adoptedSuggestions: components["schemas"]["PublicSuggestionResponse"][];
            articles: components["schemas"]["ConsultationArticleResponse"][];
            /** Format: date-time */
            closesAt: string;
            counts: components["schemas"]["ConsultationCountsResponse"];
            /** Format: uuid */
            id: string;
            /** @example 中共上海市委网络安全和信息化委员会办公室 */
            issuingBody: string;
            /** Format: date-time */
            opensAt: string;
            /** @enum {string} */
            state: "upcoming" | "open" | "closed";
            summary: string;
            /** @example 上海市网络信息内容管理若干规定（草案征求意见稿） */
            title: string;
        };
        PublicQualityFiguresResponse: {
            /** @example 2025-04 */
            from: string;
            /** Format: date-time */
            generatedAt: string;
            months: components["schemas"]["PublicQualityMonthResponse"][];
            /** @example 2026-03 */
            to: string;
        };
        PublicQualityMonthResponse: {
            /** @description 差评数（不满意、非常不满意） */
            badRatings: number;
            /** @description 好评率 = 好评数 / 有效评价数，0–1；无评价时为 null */
            goodRate: number | null;
            /** @description 好评数（满意、非常满意） */
            goodRatings: number;
            /** @example 2026-03 */
            month: string;
            /** @description 有效评价数（含整改后再评价，不含作废） */
            ratings: number;
            /** @description 整改率 = 已整改 / 进入整改的差评，0–1；无差评时为 null */
            rectificationRate: number | null;
            /** @description 当月收到并进入整改的差评（不含作废） */
            rectifications: number;
            /** @description 其中已整改 */
            rectified: number;
            /** @example huangpu */
            zoneId: string;
            /** @example 黄浦区集聚区 */
            zoneName: string;
        };
        PublicSuggestionResponse: {
            /** @enum {string} */
            adoption: "adopted" | "partly_adopted" | "not_adopted" | "forwarded";
            adoptionReason: string;
            articleNo: string;
            /** @example 匿名创作者 */
            author: string;
            suggestedWording: string;
        };
        PublishSalonDto: {
            /** @example 40 */
            capacity: number;
            /** @example 邀请律师和平台专家现场答疑 */
            description?: string;
            /**
             * Format: date-time
             * @example 2026-03-14T08:00:00.000Z
             */
            endsAt: string;
            experts: components["schemas"]["SalonExpertDto"][];
            /** @example https://meeting.example.cn/salon/123 */
            onlineUrl?: string;
            /**
             * Format: date-time
             * @example 2026-03-14T06:00:00.000Z
             */
            startsAt: string;
            /** @example 大V沙龙：短视频创作者如何应对网络暴力 */
            title: string;
            /**
             * @example shield
             * @enum {string}
             */
            topicProgramme: "starlight" | "shield" | "compliance" | "legislation";
            /** @example 黄浦区集聚区一站式服务点 2 楼多功能厅 */
            venue?: string;
            /**
             * @description 全市主管须指定集聚区
             * @example huangpu
             */
            zoneId?: string;
        };
        QualitySettingsDto: {
            /**
             * @description 回访时限（工作日）
             * @example 1
             */
            contactWorkingDays: number;
            /**
             * @description 整改时限（工作日，自收到差评起算）
             * @example 15
             */
            rectifyWorkingDays: number;
        };
        QualitySettingsResponse: {
            /**
             * @description 回访时限（工作日）
             * @example 1
             */
            contactWorkingDays: number;
            /**
             * @description 整改时限（工作日）
             * @example 15
             */
            rectifyWorkingDays: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        QuestionOptionResponse: {
            id: string;
            label: string;
        };
        QueueBoardSessionResponse: {
            /**
             * @description 队列面板的地址（访问令牌已写入该路径的 HttpOnly Cookie）
             * @example /api/v1/admin/queues/
             */
            url: string;
        };
        RangeResponse: {
            days: number;
            /**
             * @description 首日（YYYY-MM-DD，上海时间）
             * @example 2026-03-01
             */
            from: string;
            timeZone: string;
            /**
             * @description 末日（含）
             * @example 2026-03-30
             */
            to: string;
        };
        RankingDto: {
            /**
             * @description 按名次排列的申报 id（仅限已获区推荐的）
             * @example [
             *       "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23"
             *     ]
             */
            nominationIds: string[];
        };
        RateCaseDto: {
            /**
             * @description 评价意见
             * @example 处理及时，专员很耐心
             */
            comment?: string;
            /**
             * @description 评价（5 分制，分数越高越满意）：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意；1、2 为差评，将启动差评整改
             * @example 5
             */
            level: number;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RateFigureResponse: {
            denominator: number;
            numerator: number;
            /** @description 比率（0–1）；无分母时为 null */
            rate: number | null;
        };
        RateSalonDto: {
            /** @example 专家解答很具体 */
            comment?: string;
            /**
             * @description 5 非常满意 … 1 非常不满意
             * @enum {integer}
             */
            level: 5 | 4 | 3 | 2 | 1;
        };
        RatingAppealResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example HP-CMP-2026-000042 */
            caseReference: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            filedAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意
             * @enum {number}
             */
            level: 5 | 4 | 3 | 2 | 1;
            /**
             * @description first 首次评价，second 整改后再评价
             * @enum {string}
             */
            rating: "first" | "second";
            /** @example 评价内容为辱骂，与办理事项无关 */
            reason: string;
            /** Format: uuid */
            rectificationId: string;
            /**
             * @description pending 待市级主管审核，upheld 维持评价，voided 评价作废
             * @enum {string}
             */
            status: "pending" | "upheld" | "voided";
            /** @example huangpu */
            zoneId: string;
        };
        RatingResponse: {
            comment: string | null;
            /**
             * @description 评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意
             * @enum {number}
             */
            level: 5 | 4 | 3 | 2 | 1;
        };
        ReachResponse: {
            reposts: number | null;
            views: number | null;
        };
        ReceiveMaterialsDto: {
            /**
             * @description 收件说明：在服务窗口收到了哪些材料（创作者可见）
             * @example 已在黄浦服务窗口收到授权书原件一份
             */
            note: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RecordReturnVisitDto: {
            /** @enum {string} */
            method: "phone" | "in_person" | "online";
            /** @example 创作者表示侵权账号仍在发布内容 */
            note?: string;
            /**
             * @description solved 已解决；not_solved 未解决（案件重新办理）；unreachable 无法联系
             * @enum {string}
             */
            outcome: "solved" | "not_solved" | "unreachable";
        };
        RecordVisitDto: {
            /** @example 建议通过公证处进行网页公证后向平台提交投诉 */
            advice: string;
            /** @description 现场照片、文件：先上传为案件材料（带 SHA-256 与 SM3 指纹），再在此引用 */
            attachmentIds?: string[];
            /** @example 证据已固定，创作者将于本周内提交平台投诉 */
            outcome: string;
            /** @example 现场查看账号后台，指导导出侵权视频的播放数据和评论截图 */
            whatWasDone: string;
        };
        RectificationResponse: {
            appeals: components["schemas"]["RatingAppealResponse"][];
            /** Format: uuid */
            caseId: string;
            /** @example HP-CMP-2026-000042 */
            caseReference: string;
            /** @example AI 生成配图是否需要添加标识 */
            caseTitle: string;
            /**
             * Format: date-time
             * @description 回访期限（工作日）
             */
            contactDueAt: string;
            /** Format: date-time */
            contactedAt: string | null;
            /**
             * @description phone 电话回访，in_person 当面回访
             * @enum {string|null}
             */
            contactMethod: "phone" | "in_person" | null;
            contactOutcome: string | null;
            /**
             * Format: date-time
             * @description 回访逾期的记录时刻
             */
            contactOverdueAt: string | null;
            firstComment: string | null;
            /**
             * @description 首次评价（差评：2 不满意、1 非常不满意）
             * @enum {number}
             */
            firstLevel: 1 | 2;
            /** @description 首次评价经申诉作废（不计入统计） */
            firstVoided: boolean;
            /** Format: uuid */
            id: string;
            /** @description 整改措施 */
            measures: string | null;
            /** @description 有环节逾期（台账排在最前） */
            overdue: boolean;
            /** Format: date-time */
            ratedAt: string;
            /** Format: date-time */
            rectifiedAt: string | null;
            /**
             * Format: date-time
             * @description 整改期限（工作日）
             */
            rectifyDueAt: string;
            /**
             * Format: date-time
             * @description 整改逾期的记录时刻
             */
            rectifyOverdueAt: string | null;
            /** Format: date-time */
            reratedAt: string | null;
            secondComment: string | null;
            /** @description 整改后再次评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意 */
            secondLevel: number | null;
            secondVoided: boolean;
            /**
             * @description contacting 待回访，rectifying 整改中，rectified 已整改（待再评价），rerated 已再评价，voided 评价已作废
             * @enum {string}
             */
            status: "contacting" | "rectifying" | "rectified" | "rerated" | "voided";
            /** @example 整改中 */
            statusLabel: string;
            /** @example huangpu */
            zoneId: string;
        };
        RectifyDto: {
            /** @example 已约谈承办专员，补充答复时限说明，并将答复模板增加办理时限一栏 */
            measures: string;
        };
        ReferralHistoryResponse: {
            /** Format: date-time */
            at: string;
            note: string;
            /** @enum {string} */
            status: "referred" | "filed" | "not_filed" | "closed";
        };
        ReferralUpdateDto: {
            /** @example 公安机关已立案侦查 */
            note: string;
            /** @example 沪公(黄)立字〔2026〕123号 */
            receiptNo?: string;
            /**
             * @example filed
             * @enum {string}
             */
            status: "referred" | "filed" | "not_filed" | "closed";
        };
        RefreshDto: {
            /**
             * @description 登录或刷新时返回的刷新令牌
             * @example q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE
             */
            refreshToken: string;
        };
        RegisterDto: {
            /**
             * @description 短信验证码
             * @example 123456
             */
            code: string;
            /**
             * @description 已阅读并同意的《用户协议》和《隐私政策》版本，须为当前版本（个人信息保护法：记录同意的版本和时间）
             * @example 2026-01
             */
            consentVersion: string;
            /** @example 阿喵UP主 */
            displayName: string;
            /** @example Creator@2026 */
            password: string;
            /** @example 13800001234 */
            phone: string;
        };
        RegistrantResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 掩码后的手机号 */
            phone: string | null;
        };
        RegistrationResponse: {
            /** @description 在活动上提出并登记的案件 */
            caseIds: string[];
            /** Format: date-time */
            checkedInAt: string | null;
            checkInCode: string;
            creator: components["schemas"]["RegistrantResponse"];
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description 由候补递补为正式报名的时间
             */
            promotedAt: string | null;
            rating: number | null;
            /** Format: date-time */
            registeredAt: string;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "cancelled";
            /** @example 已报名 */
            statusLabel: string;
            waitlistPosition: number | null;
        };
        RejectCaseDto: {
            /**
             * @description 不予受理的理由（创作者可见）
             * @example 所反映事项不属于本服务台受理范围，建议向属地公安机关报案
             */
            reason: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RemindMaterialsDto: {
            /**
             * @description 附言（选填，随提醒发给创作者）
             * @example 请尽快上传授权书扫描件，逾期案件将自动关闭
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RenderCannedDto: {
            /**
             * Format: uuid
             * @example 6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23
             */
            caseId: string;
        };
        RenderedReplyResponse: {
            text: string;
        };
        ReopenCaseDto: {
            /**
             * @description 原因（可选）
             * @example 创作者已与对方和解
             */
            reason?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RequestCodeDto: {
            /** @example 13800001234 */
            phone: string;
        };
        RequestMaterialsDto: {
            /**
             * @description 一次性告知：列明需要补充的全部材料
             * @example [
             *       "侵权页面截图",
             *       "身份证明"
             *     ]
             */
            items: string[];
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        RequestVisitDto: {
            /** @example 杨浦区长阳路 1687 号 5 号楼 302 室 */
            address?: string;
            /** @example 工作室设备和账号后台需要专家现场查看，协助固定侵权证据 */
            note: string;
            /** @example 工作日下午 */
            preferredTime?: string;
        };
        RerateDto: {
            /** @example 整改后答复清楚了 */
            comment?: string;
            /**
             * @description 整改后再次评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意
             * @example 4
             */
            level: number;
        };
        RescheduleVisitDto: {
            /** @example 当天有拍摄，希望改到下周 */
            note: string;
        };
        ResetPasswordDto: {
            /**
             * @description 短信验证码（POST /auth/password-reset/code 发送）
             * @example 123456
             */
            code: string;
            /**
             * @description 新密码，须符合密码策略
             * @example Creator@2027
             */
            password: string;
            /** @example 13800001234 */
            phone: string;
        };
        ResolveCaseDto: {
            /**
             * @description 办理结果，须为该服务项目的结果之一（见 GET /api/v1/programmes 的 outcomes）
             * @example takedown_done
             */
            outcome: string;
            /**
             * @description 办结说明（创作者可见）
             * @example 平台已下架全部侵权视频并封禁涉事账号
             */
            summary: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        ReturnCaseDto: {
            /**
             * @description 办理意见（退回服务台继续办理）
             * @example 请协调平台下架侵权内容后办结
             */
            instructions: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        ReturnTransferDto: {
            /** @example 经核实创作者经营地在黄浦区，不属于本集聚区受理范围 */
            reason: string;
        };
        ReturnVisitResponse: {
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            caseId: string;
            /** @example HP-SHD-2026-000123 */
            caseReference: string;
            /** @example resolved */
            caseStatus: string;
            caseTitle: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            method: "phone" | "in_person" | "online" | null;
            methodLabel: string | null;
            note: string | null;
            /** @enum {string|null} */
            outcome: "solved" | "not_solved" | "unreachable" | null;
            outcomeLabel: string | null;
            overdue: boolean;
            /** @example shield */
            programme: string;
            /** @description 回访未解决，案件已重新办理 */
            reopened: boolean;
            /** Format: date-time */
            resolvedAt: string;
            /** @enum {string} */
            selection: "shield" | "sample";
            /** @example 盾牌行动（全部回访） */
            selectionLabel: string;
            /** Format: date-time */
            visitedAt: string | null;
            /** Format: uuid */
            visitedBy: string | null;
            /** @example huangpu */
            zoneId: string;
        };
        RoundQuotaDto: {
            /**
             * @example audio_video
             * @enum {string}
             */
            form: "text" | "image" | "audio_video" | "special_column" | "theme_activity";
            /**
             * @description 该集聚区该类作品的推荐名额
             * @example 3
             */
            quota: number;
            /** @example huangpu */
            zoneId: string;
        };
        RoundQuotaResponse: {
            /** @enum {string} */
            form: "text" | "image" | "audio_video" | "special_column" | "theme_activity";
            quota: number;
            /** @description 已占用的推荐名额 */
            used: number;
            /** @example huangpu */
            zoneId: string;
        };
        RuleDto: {
            /** @default true */
            active: boolean;
            /** @example short_video_label */
            code: string;
            conditions: components["schemas"]["ConditionDto"][];
            /** @example 自提供服务之日起十个工作日内 */
            deadlineText: string;
            /**
             * @description 按工作日计算的期限（自服务开始之日起）
             * @example 10
             */
            deadlineWorkingDays?: number | null;
            /** @example 通过互联网信息服务算法备案系统履行备案手续。 */
            description: string;
            /** @enum {string} */
            obligation: "filing" | "assessment" | "label" | "notice";
            /** @example 10 */
            sort?: number;
            sources: components["schemas"]["SourceDto"][];
            /** @example 算法备案 */
            title: string;
        };
        SalonCaseDto: {
            /** @example defamation */
            category: string;
            /** @example 创作者在沙龙上提出…… */
            description: string;
            /**
             * @example {
             *       "platform": "weibo",
             *       "offendingAccounts": [
             *         "某营销号"
             *       ],
             *       "startedOn": "2026-03-01",
             *       "ongoing": true,
             *       "minorInvolved": false
             *     }
             */
            intake: Record<string, never>;
            /**
             * @example shield
             * @enum {string}
             */
            programme: "starlight" | "shield" | "compliance" | "legislation";
            /**
             * Format: uuid
             * @description 提问的参会者的报名记录
             * @example 4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c
             */
            registrationId: string;
            /** @example 现场提问：被营销号造谣如何取证 */
            title: string;
        };
        SalonCaseResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example HP-SHD-2026-000321 */
            reference: string;
        };
        SalonCheckInDto: {
            /** @example 204816 */
            code: string;
        };
        SalonEventFiguresResponse: {
            attended: number;
            averageRating: number | null;
            cases: number;
            /** Format: uuid */
            id: string;
            promotions: number;
            registered: number;
            /** Format: date-time */
            startsAt: string;
            title: string;
            waitlisted: number;
            zoneId: string;
        };
        SalonEventResponse: {
            capacity: number;
            description: string;
            /** Format: date-time */
            endsAt: string;
            experts: components["schemas"]["SalonExpertResponse"][];
            /** Format: uuid */
            id: string;
            /** @description 本人的报名（仅创作者；未报名为 null） */
            mine?: components["schemas"]["MyRegistrationResponse"] | null;
            onlineUrl: string | null;
            registered: number;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            /** @example 大V沙龙：短视频创作者如何应对网络暴力 */
            title: string;
            /** @example shield */
            topicProgramme: string;
            venue: string | null;
            waitlisted: number;
            /** @example huangpu */
            zoneId: string;
        };
        SalonExpertDto: {
            /** @example 王律师 */
            name: string;
            /** @example 上海某律师事务所 */
            organisation?: string;
            /** @example 知识产权律师 */
            title?: string;
        };
        SalonExpertResponse: {
            /** @example 王律师 */
            name: string;
            /** @example 上海某律师事务所 */
            organisation?: string;
            title?: string;
        };
        SalonFiguresResponse: {
            /** @description 到场率（0–1） */
            attendanceRate: number | null;
            attended: number;
            averageRating: number | null;
            byEvent: components["schemas"]["SalonEventFiguresResponse"][];
            casesRaised: number;
            events: number;
            ratings: number;
            registrations: number;
            /** @description 满意度（0–1） */
            satisfaction: number | null;
            waitlistPromotions: number;
        };
        SatisfactionFiguresResponse: {
            /** @description 差评（2 不满意、1 非常不满意） */
            bad: number;
            /** @description 比率（0–1）；无分母时为 null */
            goodRate: number | null;
            levels: components["schemas"]["LevelCountResponse"][];
            openBadReviews: number;
            rated: number;
        };
        ScheduleVisitDto: {
            /** @example 杨浦区长阳路 1687 号 5 号楼 302 室 */
            address: string;
            /**
             * @description 外部专家姓名
             * @example 陈律师
             */
            expertName?: string;
            /** @example 上海某知识产权律师事务所 */
            expertOrg?: string;
            /**
             * Format: uuid
             * @description 本系统的工作人员账号；与 expertName 二选一
             */
            expertUserId?: string;
            /**
             * Format: date-time
             * @example 2026-03-12T06:00:00.000Z
             */
            scheduledAt: string;
        };
        SecurityPolicyDto: {
            /** @example 15 */
            lockoutMinutes: number;
            /** @example 5 */
            lockoutThreshold: number;
            /** @example 8 */
            passwordMinLength: number;
        };
        ServicePointRefResponse: {
            address: string;
            name: string;
        };
        ServicePointResponse: {
            address: string;
            /** @description 开始前多少分钟截止预约 */
            bookingCutoffMinutes: number;
            /** @example huangpu */
            id: string;
            /** @example 黄浦区集聚区一站式服务点 */
            name: string;
            offers: string[];
            /**
             * @description 近期开放日（YYYY-MM-DD，含调休上班日）
             * @example [
             *       "2026-03-09",
             *       "2026-03-10"
             *     ]
             */
            openDays: string[];
            /** @description 工作日开放时间 */
            openingHours: components["schemas"]["OpeningPeriodResponse"][];
            /** @example 021-63210000 */
            phone: string | null;
            /**
             * @example [
             *       "shield",
             *       "compliance"
             *     ]
             */
            programmes: string[];
            /** @example huangpu */
            zoneId: string;
            /** @example 黄浦区集聚区 */
            zoneName: string;
        };
        SessionTokens: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9… */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @example q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        SharedKeyResponse: {
            /** @example weibo:科圈爆料君 */
            key: string;
            /** @enum {string} */
            kind: "account" | "url";
        };
        ShieldCaseResponse: {
            /** Format: uuid */
            caseId: string;
            group: components["schemas"]["LinkGroupResponse"] | null;
            merged: components["schemas"]["CaseRefResponse"][];
            mergedInto: components["schemas"]["CaseRefResponse"] | null;
            minorInvolved: boolean;
            packets: components["schemas"]["EvidencePacketResponse"][];
            platformRequests: components["schemas"]["PlatformRequestResponse"][];
            reach: components["schemas"]["ReachResponse"];
            /** @description 是否提示移送公安（达到严重诽谤的传播量） */
            referralPrompted: boolean;
            referrals: components["schemas"]["PoliceReferralResponse"][];
        };
        ShieldCategoryResponse: {
            category: string;
            label: string;
            open: number;
            resolved: number;
            submitted: number;
        };
        ShieldFiguresResponse: {
            byCategory: components["schemas"]["ShieldCategoryResponse"][];
            byPlatform: components["schemas"]["ShieldPlatformResponse"][];
        };
        ShieldMatchResponse: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            groupId: string | null;
            /** @example HP-SHD-2026-000124 */
            reference: string;
            sameCreator: boolean;
            shared: components["schemas"]["SharedKeyResponse"][];
            /** @example submitted */
            status: string;
            title: string;
            /** @example huangpu */
            zoneId: string;
        };
        ShieldPlatformResponse: {
            label: string;
            platform: string;
            resolved: number;
            submitted: number;
        };
        SignedInResponse: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9… */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @example q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserResponse"];
        };
        SkippedSlotResponse: {
            /** @example 2026-04-06 */
            day: string;
            /** @example 清明节放假 */
            reason: string;
            /** @example 09:00–09:30 */
            time: string;
        };
        SlaClockFiguresResponse: {
            /** @enum {string} */
            clock: "accept" | "first_response" | "resolve";
            label: string;
            late: number;
            onTime: number;
            overdueOpen: number;
            /** @description 比率（0–1）；无分母时为 null */
            rate: number | null;
        };
        SlaClockResponse: {
            /** Format: date-time */
            breachedAt: string | null;
            budgetMs: number;
            /** @enum {string} */
            clock: "accept" | "first_response" | "resolve";
            /** Format: date-time */
            dueAt: string | null;
            /** @enum {string|null} */
            escalatedTo: "supervisor" | "authority" | null;
            /**
             * @description working：工作日 09:00–17:30；continuous：全天候
             * @enum {string}
             */
            kind: "working" | "continuous";
            /** @example 受理时限 */
            label: string;
            /** Format: date-time */
            metAt: string | null;
            /** @description 剩余工作时间（毫秒），超时为负；日历无法计算时为 null */
            remainingMs: number | null;
            /** @enum {string} */
            state: "running" | "paused" | "met" | "breached" | "cancelled";
            /** Format: date-time */
            warnAt: string | null;
            /** Format: date-time */
            warnedAt: string | null;
        };
        SlaFiguresResponse: {
            clocks: components["schemas"]["SlaClockFiguresResponse"][];
            dueSoonNow: number;
            overdueNow: number;
        };
        SlaListItemResponse: {
            assignee: components["schemas"]["AssigneeResponse"] | null;
            /** Format: date-time */
            breachedAt: string | null;
            /** Format: uuid */
            caseId: string;
            clock: string;
            clockLabel: string;
            /** Format: date-time */
            dueAt: string | null;
            priority: string;
            programme: string;
            reference: string;
            status: string;
            title: string;
            /** Format: date-time */
            warnAt: string | null;
            zoneId: string;
        };
        SlaListResponse: {
            items: components["schemas"]["SlaListItemResponse"][];
            total: number;
        };
        SlaPolicyDisplayResponse: {
            /** @example 2 小时（全天候计时） */
            accept: string;
            /** @example 4 小时（全天候计时） */
            firstResponse: string;
            /** @example 24 小时（全天候计时） */
            resolve: string;
        };
        SlaPolicyDto: {
            /**
             * @description 受理时限（分钟；1 个工作日 = 510 分钟）
             * @example 510
             */
            acceptMinutes: number;
            /**
             * @description working：工作时间（工作日 09:00–17:30）；continuous：全天候计时
             * @enum {string}
             */
            clockKind: "working" | "continuous";
            /**
             * @description 首次公开答复时限（分钟）
             * @example 1020
             */
            firstResponseMinutes: number;
            /**
             * @description 办结时限（分钟）
             * @example 2550
             */
            resolveMinutes: number;
        };
        SlaPolicyResponse: {
            acceptMinutes: number;
            /**
             * @description working：按工作时间计时；continuous：全天候
             * @enum {string}
             */
            clockKind: "working" | "continuous";
            /** @description 时限的中文说明 */
            display: components["schemas"]["SlaPolicyDisplayResponse"];
            firstResponseMinutes: number;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @example shield */
            programme: string;
            /** @example 盾牌行动 */
            programmeName: string;
            resolveMinutes: number;
        };
        SlaSettingsDto: {
            /**
             * @description 补偿扫描的间隔（秒）：扫描 PostgreSQL 中已到期但未处理的预警与超时
             * @example 10
             */
            sweepEverySeconds: number;
        };
        SlaSettingsResponse: {
            /**
             * @description 工作进程巡检到期提醒与超时的间隔（秒）
             * @example 10
             */
            sweepEverySeconds: number;
        };
        SlotPatternDto: {
            /** @example 3 */
            capacity: number;
            /** @example 2026-03-09 */
            from: string;
            /**
             * @example [
             *       "shield",
             *       "compliance",
             *       "starlight",
             *       "legislation"
             *     ]
             */
            programmes: ("starlight" | "shield" | "compliance" | "legislation")[];
            times: components["schemas"]["OpeningTimeDto"][];
            /** @example 2026-03-13 */
            to: string;
            /**
             * @description 每周哪几天（1=周一 … 7=周日）；调休上班日自动开放
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            weekdays: number[];
            /** @example huangpu */
            zoneId?: string;
        };
        SlotPatternResponse: {
            /** @description 新开放的时段数 */
            created: number;
            /** @description 已存在而未重复开放的时段数 */
            existing: number;
            /** Format: uuid */
            patternId: string;
            skipped: components["schemas"]["SkippedSlotResponse"][];
        };
        SlotResponse: {
            /** @description 此刻能否预约 */
            bookable: boolean;
            booked: number;
            capacity: number;
            closedReason: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @example [
             *       "shield",
             *       "compliance"
             *     ]
             */
            programmes: string[];
            remaining: number;
            /** @example huangpu */
            servicePointId: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @example huangpu */
            zoneId: string;
        };
        SourceDto: {
            /** @example 第二十四条 */
            article: string;
            /** @example 互联网信息服务算法推荐管理规定 */
            regulation: string;
        };
        StageDecisionDto: {
            /**
             * @example pass
             * @enum {string}
             */
            decision: "pass" | "fail" | "recommend" | "not_recommend" | "selected" | "not_selected";
            /**
             * @description 结果为入选时的荣誉名称（默认为本轮的荣誉）
             * @example 2026年度中国正能量网络精品
             */
            honour?: string;
            /** @example 材料齐全，作品为原创，首发于征集期内。 */
            reason: string;
            /**
             * @example desk_reviewed
             * @enum {string}
             */
            stage: "desk_reviewed" | "zone_recommended" | "city_decided" | "result";
        };
        StartCaseDto: {
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        StartDto: {
            /** @example AI 生成的视频封面要加标识吗？ */
            question: string;
            /** @example huangpu */
            zoneId: string;
        };
        StatusCountResponse: {
            count: number;
            label: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated";
        };
        SubmitCaseDto: {
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        SuggestDto: {
            /**
             * @description 建议针对的条款（征集稿中的条号）
             * @example 第十条
             */
            articleNo: string;
            /**
             * @description 同意在公开页面署名（默认匿名）
             * @default false
             */
            named: boolean;
            /** @example 现有规定未明确处理时限，创作者维权周期过长。 */
            reason: string;
            /** @example 建议增加：平台应当在二十四小时内处理创作者的侵权投诉。 */
            suggestedWording: string;
            /**
             * @description 创作者所在的集聚区
             * @example huangpu
             */
            zoneId: string;
        };
        SuggestionResponse: {
            /** @enum {string|null} */
            adoption: "adopted" | "partly_adopted" | "not_adopted" | "forwarded" | null;
            adoptionReason: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @example 第十条 */
            articleNo: string;
            /** Format: uuid */
            caseId: string;
            caseStatus: string;
            /** Format: uuid */
            consultationId: string;
            consultationTitle: string;
            /** Format: date-time */
            createdAt: string;
            creatorName: string | null;
            forwarded: boolean;
            /** Format: uuid */
            id: string;
            /** @description 是否署名公开 */
            named: boolean;
            reason: string;
            /** @example HP-LEG-2026-000003 */
            reference: string;
            suggestedWording: string;
            /** @example huangpu */
            zoneId: string;
        };
        SupervisionOrderResponse: {
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: uuid */
            answeredBy: string | null;
            /** Format: uuid */
            caseId: string;
            /** @example HP-SHD-2026-000123 */
            caseReference: string;
            caseTitle: string;
            /** Format: date-time */
            deadline: string;
            /** Format: date-time */
            escalatedAt: string | null;
            /**
             * @description 提级对象：city_supervisors（市级主管）或网信办编号
             * @example city_supervisors
             */
            escalatedTo: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: uuid */
            issuedBy: string;
            /** @example cac_huangpu */
            issuerAuthorityId: string | null;
            /** @enum {string} */
            issuerRole: "supervisor" | "cac_officer";
            overdue: boolean;
            /**
             * Format: date-time
             * @description 催办时间
             */
            remindAt: string;
            /** Format: date-time */
            remindedAt: string | null;
            /** @example 请于期限前联系创作者并书面说明平台处置进展 */
            requirement: string;
            /** @enum {string} */
            status: "open" | "answered" | "escalated";
            /** @example 待答复 */
            statusLabel: string;
            /** @example huangpu */
            zoneId: string;
        };
        SupplyMaterialsDto: {
            /**
             * @description 备注
             * @example 已电话联系创作者核实情况
             */
            note?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        ThreeRatesResponse: {
            response: components["schemas"]["RateFigureResponse"];
            satisfied: components["schemas"]["RateFigureResponse"];
            solved: components["schemas"]["RateFigureResponse"];
        };
        TimelineActorResponse: {
            displayName: string | null;
            /** @description 系统操作时为 null */
            id: string | null;
            role: string | null;
        };
        TimelineEntryResponse: {
            actor: components["schemas"]["TimelineActorResponse"] | null;
            /** Format: date-time */
            at: string;
            data: {
                [key: string]: unknown;
            };
            id: string;
            /** @description status_change、assignment、escalation、public_reply、internal_note、attachment、sla_warning、sla_breach 等 */
            kind: string;
            /** @enum {string} */
            visibility: "public" | "internal";
        };
        TransferCaseDto: {
            /** @example 创作者工作室注册及经营地均在杨浦区，应由杨浦区集聚区受理 */
            reason: string;
            /**
             * @description 接收案件的集聚区
             * @example yangpu
             */
            toZoneId: string;
        };
        TransferResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example HP-SHD-2026-000123 */
            caseReference: string;
            caseTitle: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** @example huangpu */
            fromZoneId: string;
            /** Format: uuid */
            id: string;
            /** @example shield */
            programme: string;
            /** @example 创作者经营地在杨浦区 */
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
            /**
             * Format: date-time
             * @description 接收或退回的期限（1 个工作日）
             */
            respondBy: string | null;
            returnReason: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "returned";
            /** @example 待接收 */
            statusLabel: string;
            /** @example yangpu */
            toZoneId: string;
        };
        TrendSeriesResponse: {
            accepted: number[];
            rejected: number[];
            resolved: number[];
            submitted: number[];
            withdrawn: number[];
        };
        UiFieldHintResponse: {
            help?: string;
            options?: components["schemas"]["LabelledOptionResponse"][];
            placeholder?: string;
            /** @description 多行文本框的行数 */
            rows?: number;
            visibleWhen?: components["schemas"]["VisibleWhenResponse"];
            /** @enum {string} */
            widget: "input" | "textarea" | "select" | "radio" | "switch" | "date" | "number" | "url-list" | "tag-list";
        };
        UnlinkedResponse: {
            /** @description 已提交但尚未链入的事件数 */
            count: number;
            /** Format: date-time */
            oldestAt: string | null;
            oldestId: string | null;
            /** @description 最早的未链入事件是否已超过告警时限 */
            overdue: boolean;
        };
        UnreadCountResponse: {
            /** @example 3 */
            unread: number;
        };
        UnreadMarkerResponse: {
            /** Format: date-time */
            at: string;
            /** @description 未读动态条数 */
            count: number;
            /**
             * @description reply 创作者回复、materials 补充材料、reopen 申请重新办理、return 网信办退回
             * @enum {string}
             */
            kind: "reply" | "materials" | "reopen" | "return";
            /** @description 回复内容或退回意见（前 200 字） */
            text: string | null;
        };
        UpdateAccountDto: {
            authorityId?: string | null;
            displayName?: string;
            skills?: ("starlight" | "shield" | "compliance" | "legislation")[];
            /** @enum {string} */
            status?: "active" | "disabled";
            zoneId?: string | null;
        };
        UpdateCreatorProfileDto: {
            /** @example 11010519491231002X */
            idCardNumber?: string;
            /** @example 某某MCN */
            mcn?: string;
            platformAccounts?: components["schemas"]["PlatformAccountDto"][];
            /** @example 张小喵 */
            realName?: string;
            /** @example 喵喵工作室 */
            studio?: string;
        };
        UpdateRuleDto: {
            /** @default true */
            active: boolean;
            /** @example short_video_label */
            code: string;
            conditions: components["schemas"]["ConditionDto"][];
            /** @example 自提供服务之日起十个工作日内 */
            deadlineText: string;
            /**
             * @description 按工作日计算的期限（自服务开始之日起）
             * @example 10
             */
            deadlineWorkingDays?: number | null;
            /** @example 通过互联网信息服务算法备案系统履行备案手续。 */
            description: string;
            /** @enum {string} */
            obligation: "filing" | "assessment" | "label" | "notice";
            /** @example 10 */
            sort?: number;
            sources: components["schemas"]["SourceDto"][];
            /** @example 算法备案 */
            title: string;
            /**
             * @description 编辑时看到的版本号
             * @example 1
             */
            version: number;
        };
        UploaderResponse: {
            displayName: string;
            /** Format: uuid */
            id: string;
            role: string;
        };
        UserResponse: {
            /** @example cac_huangpu */
            authorityId: string | null;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 因连续登录失败而锁定 */
            locked: boolean;
            /** @description 掩码后的手机号，如 138****5678 */
            phone: string | null;
            /** @enum {string|null} */
            role: "creator" | "agent" | "supervisor" | "cac_officer" | "sysadmin" | "secadmin" | "auditor" | null;
            /** @description 专员可办理的项目 */
            skills: string[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description 登录名（创作者为 null，以手机号登录） */
            username: string | null;
            /** @example huangpu */
            zoneId: string | null;
        };
        VerificationResponse: {
            /** @example 7KQ2-M9XD-4HRT-PW3C */
            code: string;
            /** @description 仅真实文书 */
            document?: components["schemas"]["VerifiedDocumentResponse"];
            /** @description 是否为本服务台签发的真实文书 */
            genuine: boolean;
            /** @description 文书所涉事项的当前状态 */
            subject?: components["schemas"]["VerifiedSubjectResponse"];
        };
        VerifiedDocumentResponse: {
            /**
             * @description [名称, 内容] 对
             * @example [
             *       [
             *         "案件编号",
             *         "HP-SHD-2026-000123"
             *       ]
             *     ]
             */
            facts: string[][];
            /** Format: date-time */
            issuedAt: string;
            /** @example 黄浦区集聚区创作者服务台 */
            issuer: string | null;
            /** @example receipt.acceptance */
            kind: string;
            /** @example 受理回执 */
            title: string;
        };
        VerifiedSubjectResponse: {
            /** @example HP-SHD-2026-000123 */
            reference: string;
            /** @example accepted */
            status: string;
            /** @example 已受理 */
            statusLabel: string;
            /** @example case */
            type: string;
        };
        VisibleWhenResponse: {
            equals: string | number | boolean;
            field: string;
        };
        VisitEvidenceResponse: {
            fileName: string;
            /** Format: uuid */
            id: string;
            sha256: string;
            sm3: string;
        };
        VisitExpertResponse: {
            /** @example 陈律师 */
            name: string;
            organisation: string | null;
            /**
             * Format: uuid
             * @description 专家在本系统的账号（若有）
             */
            userId: string | null;
        };
        VisitRecordResponse: {
            advice: string;
            /** @description 材料（附 SHA-256 与 SM3 指纹） */
            evidence: components["schemas"]["VisitEvidenceResponse"][];
            outcome: string;
            /** Format: date-time */
            recordedAt: string;
            whatWasDone: string;
        };
        VisitResponse: {
            address: string | null;
            /** Format: uuid */
            caseId: string;
            /** @example HP-SHD-2026-000123 */
            caseReference: string;
            creatorNote: string | null;
            expert: components["schemas"]["VisitExpertResponse"] | null;
            /** Format: uuid */
            id: string;
            /** @example 工作日下午 */
            preferredTime: string | null;
            record: components["schemas"]["VisitRecordResponse"] | null;
            /** @example creator */
            requestedByRole: string;
            requestNote: string;
            /** Format: date-time */
            scheduledAt: string | null;
            /** @enum {string} */
            status: "requested" | "scheduled" | "confirmed" | "reschedule_requested" | "done" | "cancelled";
            /** @example 待创作者确认 */
            statusLabel: string;
            version: number;
            /** @example huangpu */
            zoneId: string;
        };
        WithdrawCaseDto: {
            /**
             * @description 原因（可选）
             * @example 创作者已与对方和解
             */
            reason?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        WithdrawMaterialsRequestDto: {
            /**
             * @description 原因（可选）
             * @example 创作者已与对方和解
             */
            reason?: string;
            /**
             * @description 客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409
             * @example 3
             */
            version: number;
        };
        Zone: {
            active: boolean;
            /** @example cac_huangpu */
            authorityId: string;
            /** @example HP */
            code: string;
            /** @example huangpu */
            id: string;
            /** @example 黄浦区集聚区 */
            name: string;
        };
        ZoneRefResponse: {
            id: string;
            name: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HolidayYearsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayYearsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayYearDto"];
            };
        };
        responses: {
            /** @description 保存后的该年节假日安排；SLA 时限按新日历重算 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QueueBoardController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueBoardSessionResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SlaPoliciesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SlaPoliciesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priority: "low" | "normal" | "high" | "urgent";
                programme: "starlight" | "shield" | "compliance" | "legislation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            /** @description 保存后的时限 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SlaPoliciesController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaSettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SlaPoliciesController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaSettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description 按登录名或姓名搜索 */
                q?: string;
                role?: "creator" | "agent" | "supervisor" | "cac_officer" | "sysadmin" | "secadmin" | "auditor";
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 账号列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "role": "agent",
                     *         "zoneId": "huangpu",
                     *         "authorityId": null,
                     *         "username": "hp.agent3",
                     *         "phone": null,
                     *         "displayName": "王专员",
                     *         "status": "active",
                     *         "locked": false,
                     *         "skills": [
                     *           "shield"
                     *         ],
                     *         "createdAt": "2026-03-01T01:00:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            /** @description 新建的账号（尚无角色，由安全管理员授予） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *       "role": null,
                     *       "zoneId": "huangpu",
                     *       "authorityId": null,
                     *       "username": "hp.agent3",
                     *       "phone": null,
                     *       "displayName": "王专员",
                     *       "status": "active",
                     *       "locked": false,
                     *       "skills": [
                     *         "shield"
                     *       ],
                     *       "createdAt": "2026-03-01T01:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountDto"];
            };
        };
        responses: {
            /** @description 修改后的账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *       "role": "agent",
                     *       "zoneId": "huangpu",
                     *       "authorityId": null,
                     *       "username": "hp.agent3",
                     *       "phone": null,
                     *       "displayName": "王专员",
                     *       "status": "active",
                     *       "locked": false,
                     *       "skills": [
                     *         "shield"
                     *       ],
                     *       "createdAt": "2026-03-01T01:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_grantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRoleDto"];
            };
        };
        responses: {
            /** @description 授予角色后的账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *       "role": "agent",
                     *       "zoneId": "huangpu",
                     *       "authorityId": null,
                     *       "username": "hp.agent3",
                     *       "phone": null,
                     *       "displayName": "王专员",
                     *       "status": "active",
                     *       "locked": false,
                     *       "skills": [
                     *         "shield"
                     *       ],
                     *       "createdAt": "2026-03-01T01:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_revokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 收回角色后的账号（账号原本没有角色时不做任何改动） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 解锁后的账号 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *       "role": "agent",
                     *       "zoneId": "huangpu",
                     *       "authorityId": null,
                     *       "username": "hp.agent3",
                     *       "phone": null,
                     *       "displayName": "王专员",
                     *       "status": "active",
                     *       "locked": false,
                     *       "skills": [
                     *         "shield"
                     *       ],
                     *       "createdAt": "2026-03-01T01:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_agents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员",
                     *         "zoneId": "huangpu",
                     *         "skills": [
                     *           "shield"
                     *         ],
                     *         "openCases": 3
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AgentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_listSlots: {
        parameters: {
            query?: {
                from?: string;
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                to?: string;
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 时段（创作者：各区开放的时段；工作人员：本区全部时段） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_createSlot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlotDto"];
            };
        };
        responses: {
            /** @description 开放的时段 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_closeSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseSlotDto"];
            };
        };
        responses: {
            /** @description 关闭后的时段（已预约者已取消并收到通知） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_createPattern: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlotPatternDto"];
            };
        };
        responses: {
            /** @description 按周开放的结果：新开放、已存在、跳过（附原因） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotPatternResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_book: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookAppointmentDto"];
            };
        };
        responses: {
            /** @description 预约（含签到码及其二维码、预约确认单） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelAppointmentDto"];
            };
        };
        responses: {
            /** @description 取消后的预约 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description 签到后的预约（caseId 为登记或关联的案件） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 记为未到场后的预约 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_receiptsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedDocumentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EvidenceController_content: {
        parameters: {
            query?: {
                /** @description inline 仅对按内容识别为图片或 PDF 的材料生效（用于预览），其余仍作为附件下载 */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证据原始字节（附件下载；图片与 PDF 可 disposition=inline 预览，附 nosniff 与沙箱 CSP）；X-Content-SHA256 与 X-Content-SM3 为上传时的指纹 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditLogController_actors: {
        parameters: {
            query: {
                /** @description 姓名（显示名）中的文字 */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditActorResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditLogController_events: {
        parameters: {
            query?: {
                /** @description 操作（见 AUDIT_ACTION_LABELS 的中文名称） */
                action?: "case.submit" | "case.accept" | "case.reject" | "case.assign" | "case.start" | "case.request_materials" | "case.supply_materials" | "case.remind_materials" | "case.withdraw_materials_request" | "case.receive_materials" | "case.escalate" | "case.acknowledge" | "case.return" | "case.resolve" | "case.reopen" | "case.withdraw" | "case.close" | "case.rate" | "case.file" | "case.public_reply" | "case.internal_note" | "case.merge" | "case_link.link" | "case_link.escalate" | "case_link.resolve" | "auth.login" | "auth.login_failed" | "auth.account_locked" | "auth.logout" | "auth.logout_all" | "auth.refresh_reuse_detected" | "auth.registration_code" | "auth.password_reset_code" | "auth.password_reset" | "user.seed" | "user.register" | "user.claim" | "user.create" | "user.create_for_walk_in" | "user.update" | "user.grant_role" | "user.revoke_role" | "user.unlock" | "security_policy.update" | "pii.read" | "attachment.upload" | "attachment.download" | "document.issue" | "document.download" | "evidence_packet.create" | "evidence_packet.download" | "platform_request.create" | "platform_request.download" | "platform_response.record" | "police_referral.create" | "police_referral.update" | "canned_reply.create" | "canned_reply.update" | "sla.breach" | "sla.warning" | "sla.policy_update" | "sla.settings_update" | "calendar.holiday_year_update" | "retention.purge" | "retention.purge_questions" | "notification.settings_update" | "creator_profile.update" | "creator_profile.verify" | "consultation.create" | "suggestion.create" | "suggestion.answer" | "suggestion.forward" | "honour_round.create" | "honour_round.rank" | "nomination.apply" | "nomination.decide" | "compliance_start.create" | "compliance_start.end" | "knowledge_article.create" | "knowledge_article.update" | "knowledge_article.publish" | "navigator_rule.create" | "navigator_rule.update" | "appointment.book" | "appointment.cancel" | "appointment.check_in" | "appointment.no_show" | "appointment.remind" | "appointment_slot.create" | "appointment_slot.close" | "appointment_slot.pattern" | "salon.publish" | "salon.register" | "salon.cancel_registration" | "salon.promote" | "salon.check_in" | "salon.raise_case" | "salon.rate" | "visit.request" | "visit.schedule" | "visit.confirm" | "visit.reschedule_request" | "visit.record" | "audit.export" | "rectification.open" | "rectification.contact" | "rectification.rectify" | "rectification.rerate" | "rectification.overdue" | "rating_appeal.file" | "rating_appeal.decide" | "quality.settings" | "case.transfer" | "case_transfer.request" | "case_transfer.accept" | "case_transfer.return" | "supervision_order.issue" | "supervision_order.answer" | "supervision_order.remind" | "supervision_order.escalate" | "return_visit.schedule" | "return_visit.record";
                /** @description 操作人账号 ID（或匿名登录时尝试的登录名） */
                actorId?: string;
                /** @description 上一页最后一条的 id（向更早翻页） */
                before?: string;
                /** @description 案件编号：只看该案件的记录（与 entityId 二选一） */
                caseReference?: string;
                /** @description 对象 ID */
                entityId?: string;
                /** @description 对象类型 */
                entityType?: "case" | "case_link_group" | "user" | "session" | "settings" | "phone_verification" | "attachment" | "document" | "evidence_packet" | "platform_request" | "platform_response" | "police_referral" | "canned_reply" | "sla_policy" | "holiday_year" | "creator_profile" | "consultation" | "suggestion" | "honour_round" | "nomination" | "compliance_start" | "knowledge_article" | "navigator_rule" | "appointment" | "appointment_slot" | "appointment_pattern" | "salon_event" | "event_registration" | "onsite_visit" | "audit_log" | "rectification" | "rating_appeal" | "case_transfer" | "supervision_order" | "return_visit";
                /** @description 起始时间（含） */
                from?: string;
                limit?: number;
                /** @description 截止时间（不含） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditLogController_export: {
        parameters: {
            query?: {
                /** @description 操作（见 AUDIT_ACTION_LABELS 的中文名称） */
                action?: "case.submit" | "case.accept" | "case.reject" | "case.assign" | "case.start" | "case.request_materials" | "case.supply_materials" | "case.remind_materials" | "case.withdraw_materials_request" | "case.receive_materials" | "case.escalate" | "case.acknowledge" | "case.return" | "case.resolve" | "case.reopen" | "case.withdraw" | "case.close" | "case.rate" | "case.file" | "case.public_reply" | "case.internal_note" | "case.merge" | "case_link.link" | "case_link.escalate" | "case_link.resolve" | "auth.login" | "auth.login_failed" | "auth.account_locked" | "auth.logout" | "auth.logout_all" | "auth.refresh_reuse_detected" | "auth.registration_code" | "auth.password_reset_code" | "auth.password_reset" | "user.seed" | "user.register" | "user.claim" | "user.create" | "user.create_for_walk_in" | "user.update" | "user.grant_role" | "user.revoke_role" | "user.unlock" | "security_policy.update" | "pii.read" | "attachment.upload" | "attachment.download" | "document.issue" | "document.download" | "evidence_packet.create" | "evidence_packet.download" | "platform_request.create" | "platform_request.download" | "platform_response.record" | "police_referral.create" | "police_referral.update" | "canned_reply.create" | "canned_reply.update" | "sla.breach" | "sla.warning" | "sla.policy_update" | "sla.settings_update" | "calendar.holiday_year_update" | "retention.purge" | "retention.purge_questions" | "notification.settings_update" | "creator_profile.update" | "creator_profile.verify" | "consultation.create" | "suggestion.create" | "suggestion.answer" | "suggestion.forward" | "honour_round.create" | "honour_round.rank" | "nomination.apply" | "nomination.decide" | "compliance_start.create" | "compliance_start.end" | "knowledge_article.create" | "knowledge_article.update" | "knowledge_article.publish" | "navigator_rule.create" | "navigator_rule.update" | "appointment.book" | "appointment.cancel" | "appointment.check_in" | "appointment.no_show" | "appointment.remind" | "appointment_slot.create" | "appointment_slot.close" | "appointment_slot.pattern" | "salon.publish" | "salon.register" | "salon.cancel_registration" | "salon.promote" | "salon.check_in" | "salon.raise_case" | "salon.rate" | "visit.request" | "visit.schedule" | "visit.confirm" | "visit.reschedule_request" | "visit.record" | "audit.export" | "rectification.open" | "rectification.contact" | "rectification.rectify" | "rectification.rerate" | "rectification.overdue" | "rating_appeal.file" | "rating_appeal.decide" | "quality.settings" | "case.transfer" | "case_transfer.request" | "case_transfer.accept" | "case_transfer.return" | "supervision_order.issue" | "supervision_order.answer" | "supervision_order.remind" | "supervision_order.escalate" | "return_visit.schedule" | "return_visit.record";
                /** @description 操作人账号 ID（或匿名登录时尝试的登录名） */
                actorId?: string;
                /** @description 案件编号：只看该案件的记录（与 entityId 二选一） */
                caseReference?: string;
                /** @description 对象 ID */
                entityId?: string;
                /** @description 对象类型 */
                entityType?: "case" | "case_link_group" | "user" | "session" | "settings" | "phone_verification" | "attachment" | "document" | "evidence_packet" | "platform_request" | "platform_response" | "police_referral" | "canned_reply" | "sla_policy" | "holiday_year" | "creator_profile" | "consultation" | "suggestion" | "honour_round" | "nomination" | "compliance_start" | "knowledge_article" | "navigator_rule" | "appointment" | "appointment_slot" | "appointment_pattern" | "salon_event" | "event_registration" | "onsite_visit" | "audit_log" | "rectification" | "rating_appeal" | "case_transfer" | "supervision_order" | "return_visit";
                format?: "csv" | "xlsx";
                /** @description 起始时间（含） */
                from?: string;
                /** @description 截止时间（不含） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV（UTF-8 带 BOM）或 XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 先把已提交的审计事件链入，再校验整条密钥链（HMAC-SM3）、链头和最新的外部签名检查点；列出每一处问题。 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description 登录成功：返回访问令牌、刷新令牌和账号信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…",
                     *       "refreshToken": "q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE",
                     *       "expiresIn": 900,
                     *       "tokenType": "Bearer",
                     *       "user": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "role": "agent",
                     *         "displayName": "黄浦·李专员",
                     *         "zoneId": "huangpu",
                     *         "authorityId": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 登录名或密码错误（不论账号是否存在，回答相同） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 该账号在此地址连续输错密码，暂时锁定 */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description 已退出：该刷新令牌失效 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已在所有设备退出 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description 密码已重置，请用新密码登录 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 验证码错误或已过期（code），或新密码不符合策略（password） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_requestResetCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCodeDto"];
            };
        };
        responses: {
            /** @description 如该手机号已注册，验证码已发送 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 刷新令牌无效、已过期或已被撤销 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description 注册成功并登录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…",
                     *       "refreshToken": "q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE",
                     *       "expiresIn": 900,
                     *       "tokenType": "Bearer",
                     *       "user": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "role": "agent",
                     *         "displayName": "黄浦·李专员",
                     *         "zoneId": "huangpu",
                     *         "authorityId": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_requestCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCodeDto"];
            };
        };
        responses: {
            /** @description 验证码已发送（演示环境打印在日志中） */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ZonesController_listAuthorities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 网信部门列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "cac_city",
                     *         "name": "市委网信办",
                     *         "level": "city",
                     *         "parentId": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Authority"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description 账号 id，或 me 表示我自己，或 none 表示未分派 */
                assigneeId?: string;
                /** @description 曾上报至该网信办的案件（含已退回、已继续上报的），与看板“按网信办”同口径 */
                authorityId?: string;
                /** @description 案件类别（见 GET /programmes 各项目的 categories） */
                category?: "honour_recommendation" | "self_nomination" | "extortion" | "defamation" | "smear" | "cyberviolence" | "impersonation" | "doxxing" | "other" | "policy_interpretation" | "compliance_guidance" | "tech_matching" | "law_revision_suggestion";
                channel?: "online" | "walk_in" | "phone" | "onsite" | "salon";
                createdFrom?: string;
                createdTo?: string;
                /** @description 只看即将超时（已过 75%） */
                dueSoon?: boolean;
                /** @description 逗号分隔的案件 id（最多 100 个）：只含这些案件，如导出所选 */
                ids?: string[];
                /** @description 只看已超时 */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description 盾牌行动申请时填写的侵权平台（intake.platform）；只含盾牌行动案件 */
                platform?: "bilibili" | "xiaohongshu" | "douyin" | "weibo" | "wechat_channels" | "kuaishou" | "zhihu" | "other";
                priority?: "low" | "normal" | "high" | "urgent";
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                /** @description 搜索编号、标题、描述、创作者姓名，或创作者手机号（11 位，精确匹配） */
                q?: string;
                /** @description 创作者评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意 */
                rating?: number;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "priority" | "nextDueAt";
                /** @description 逗号分隔的状态 */
                status?: ("draft" | "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated" | "resolved" | "closed" | "rejected" | "withdrawn")[];
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *           "reference": "HP-SHD-2026-000123",
                     *           "programme": "shield",
                     *           "category": "cyberviolence",
                     *           "zoneId": "huangpu",
                     *           "status": "accepted",
                     *           "priority": "urgent",
                     *           "channel": "online",
                     *           "title": "视频评论区遭遇有组织网暴",
                     *           "creatorName": "阿喵UP主",
                     *           "assignee": {
                     *             "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *             "displayName": "黄浦·李专员"
                     *           },
                     *           "escalationAuthorityId": null,
                     *           "createdAt": "2026-03-02T01:30:00.000Z",
                     *           "submittedAt": "2026-03-02T01:30:00.000Z",
                     *           "updatedAt": "2026-03-02T02:10:00.000Z",
                     *           "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *           "overdue": false
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "totalCapped": false,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": components["schemas"]["CasePageResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description 同一提交的重试使用同一个 Key，不会重复执行 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileCaseDto"];
            };
        };
        responses: {
            /** @description 立案后的案件详情（同一 Idempotency-Key 的重试返回首次的答复） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_receiveMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveMaterialsDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_remindMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindMaterialsDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 同一案件 12 小时内已催补过 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_requestMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMaterialsDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_return: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_supplyMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplyMaterialsDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCaseDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseActionsController_withdrawMaterialsRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawMaterialsRequestDto"];
            };
        };
        responses: {
            /** @description 操作后的案件详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "reference": "HP-SHD-2026-000123",
                     *       "programme": "shield",
                     *       "category": "cyberviolence",
                     *       "zoneId": "huangpu",
                     *       "status": "accepted",
                     *       "priority": "urgent",
                     *       "channel": "online",
                     *       "title": "视频评论区遭遇有组织网暴",
                     *       "creatorName": "阿喵UP主",
                     *       "assignee": {
                     *         "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *         "displayName": "黄浦·李专员"
                     *       },
                     *       "escalationAuthorityId": null,
                     *       "createdAt": "2026-03-02T01:30:00.000Z",
                     *       "submittedAt": "2026-03-02T01:30:00.000Z",
                     *       "updatedAt": "2026-03-02T02:10:00.000Z",
                     *       "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *       "overdue": false,
                     *       "description": "自 3 月起多个账号在我的视频下持续发布侮辱性评论……",
                     *       "intake": {
                     *         "platform": "bilibili",
                     *         "offendingAccounts": [
                     *           "某某黑粉"
                     *         ],
                     *         "urls": [
                     *           "https://www.bilibili.com/video/BV1xx"
                     *         ],
                     *         "startedOn": "2026-03-01",
                     *         "ongoing": true,
                     *         "minorInvolved": false
                     *       },
                     *       "creator": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "phone": "138****5678"
                     *       },
                     *       "escalation": null,
                     *       "materialsRequest": null,
                     *       "rejectionReason": null,
                     *       "outcome": null,
                     *       "resolutionSummary": null,
                     *       "rating": null,
                     *       "closeReason": null,
                     *       "acceptedAt": "2026-03-02T02:10:00.000Z",
                     *       "firstResponseAt": null,
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "version": 3,
                     *       "allowedActions": [
                     *         "request_materials",
                     *         "start",
                     *         "escalate"
                     *       ],
                     *       "slaClocks": [
                     *         {
                     *           "kind": "resolve",
                     *           "dueAt": "2026-03-03T01:30:00.000Z",
                     *           "status": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求体有误（含此操作不读取的字段），errors 逐项指明字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 版本号已过期，或案件当前状态不能执行此操作 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EvidenceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
                     *         "caseId": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *         "fileName": "侵权截图.png",
                     *         "mimeType": "image/png",
                     *         "size": 182044,
                     *         "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *         "sm3": "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b",
                     *         "uploadedBy": {
                     *           "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *           "displayName": "阿喵UP主",
                     *           "role": "creator"
                     *         },
                     *         "uploadedAt": "2026-03-02T01:35:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AttachmentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EvidenceController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 证据文件：图片、PDF、音视频、Office 文档或 TXT；类型按内容识别，文件名不能含路径、控制字符、零宽或方向字符
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 已保存的证据（原始字节不变，附 SHA-256 与 SM3 指纹） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
                     *       "caseId": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *       "fileName": "侵权截图.png",
                     *       "mimeType": "image/png",
                     *       "size": 182044,
                     *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *       "sm3": "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b",
                     *       "uploadedBy": {
                     *         "id": "9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a",
                     *         "displayName": "阿喵UP主",
                     *         "role": "creator"
                     *       },
                     *       "uploadedAt": "2026-03-02T01:35:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公开回复与内部备注（创作者只看到公开回复） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "101",
                     *         "kind": "public_reply",
                     *         "visibility": "public",
                     *         "at": "2026-03-02T03:00:00.000Z",
                     *         "actor": {
                     *           "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *           "displayName": "黄浦·李专员",
                     *           "role": "agent"
                     *         },
                     *         "data": {
                     *           "body": "您好，我们已收到材料，正在核实。"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TimelineEntryResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            /** @description 发表后的全部回复与备注 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "101",
                     *         "kind": "public_reply",
                     *         "visibility": "public",
                     *         "at": "2026-03-02T03:00:00.000Z",
                     *         "actor": {
                     *           "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *           "displayName": "黄浦·李专员",
                     *           "role": "agent"
                     *         },
                     *         "data": {
                     *           "body": "您好，我们已收到材料，正在核实。"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TimelineEntryResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDispatchResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "readAt": "2026-03-02T03:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CaseReadResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReceiptsController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedDocumentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 无差评整改时返回 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueOrderDto"];
            };
        };
        responses: {
            /** @description 督办单（到期前催办，逾期未答复提级） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 案件时间线（创作者看不到内部备注与内部信息） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "101",
                     *         "kind": "public_reply",
                     *         "visibility": "public",
                     *         "at": "2026-03-02T03:00:00.000Z",
                     *         "actor": {
                     *           "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *           "displayName": "黄浦·李专员",
                     *           "role": "agent"
                     *         },
                     *         "data": {
                     *           "body": "您好，我们已收到材料，正在核实。"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TimelineEntryResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCaseDto"];
            };
        };
        responses: {
            /** @description 转办申请（待对方集聚区接收或退回） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestVisitDto"];
            };
        };
        responses: {
            /** @description 上门服务申请 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseBulkController_acceptAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAcceptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "id": "8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b",
                     *           "ok": true,
                     *           "reference": "HP-SHD-2026-000123",
                     *           "status": "accepted",
                     *           "code": null,
                     *           "message": null
                     *         },
                     *         {
                     *           "id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                     *           "ok": false,
                     *           "reference": "HP-CMP-2026-000045",
                     *           "status": "accepted",
                     *           "code": "case.illegal_transition",
                     *           "message": "案件当前状态为「已受理」，不能执行「受理」"
                     *         }
                     *       ],
                     *       "succeeded": 1,
                     *       "failed": 1
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseBulkController_assignAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "id": "8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b",
                     *           "ok": true,
                     *           "reference": "HP-SHD-2026-000123",
                     *           "status": "submitted",
                     *           "code": null,
                     *           "message": null
                     *         }
                     *       ],
                     *       "succeeded": 1,
                     *       "failed": 0
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_search: {
        parameters: {
            query?: {
                q?: string;
                status?: "draft" | "published" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_article: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_updateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_canned: {
        parameters: {
            query?: {
                programme?: "starlight" | "shield" | "compliance" | "legislation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReplyResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_createCanned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CannedReplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReplyResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_updateCanned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CannedReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReplyResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_render: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenderCannedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedReplyResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_fromCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleFromCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_navigatorCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NavigatorCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NavigatorAnswersDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NavigatorResultResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_questions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NavigatorQuestionResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NavigatorRuleResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NavigatorRuleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_updateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NavigatorRuleResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceStartResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_fileFromStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileFromStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_endStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndedStartResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ComplianceController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceStartStatsResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatorsController_own: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本人的创作者资料（身份信息已脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorProfileResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatorsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCreatorProfileDto"];
            };
        };
        responses: {
            /** @description 保存后的资料 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorProfileResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatorsController_identity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 未脱敏的身份信息；每次读取记入审计日志 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorIdentityResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatorsController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 创作者资料（脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorProfileResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatorsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 核验后的资料 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorProfileResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DashboardController_dashboard: {
        parameters: {
            query?: {
                /** @description 开始日期（上海时间，含当天）；默认为结束日期前第 29 天 */
                from?: string;
                /** @description 只看一个服务项目；不填为全部 */
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                /** @description 结束日期（上海时间，含当天）；默认为今天 */
                to?: string;
                /** @description 只看一个集聚区；集聚区主管只能是本集聚区，全市主管不填则两区并列 */
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 看板数据 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_figures: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentFiguresResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DashboardController_cases: {
        parameters: {
            query?: {
                /** @description 账号 id，或 me 表示我自己，或 none 表示未分派 */
                assigneeId?: string;
                /** @description 曾上报至该网信办的案件（含已退回、已继续上报的），与看板“按网信办”同口径 */
                authorityId?: string;
                /** @description 案件类别（见 GET /programmes 各项目的 categories） */
                category?: "honour_recommendation" | "self_nomination" | "extortion" | "defamation" | "smear" | "cyberviolence" | "impersonation" | "doxxing" | "other" | "policy_interpretation" | "compliance_guidance" | "tech_matching" | "law_revision_suggestion";
                channel?: "online" | "walk_in" | "phone" | "onsite" | "salon";
                createdFrom?: string;
                createdTo?: string;
                /** @description 只看即将超时（已过 75%） */
                dueSoon?: boolean;
                format?: "csv" | "xlsx";
                /** @description 逗号分隔的案件 id（最多 100 个）：只含这些案件，如导出所选 */
                ids?: string[];
                /** @description 只看已超时 */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description 盾牌行动申请时填写的侵权平台（intake.platform）；只含盾牌行动案件 */
                platform?: "bilibili" | "xiaohongshu" | "douyin" | "weibo" | "wechat_channels" | "kuaishou" | "zhihu" | "other";
                priority?: "low" | "normal" | "high" | "urgent";
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                /** @description 搜索编号、标题、描述、创作者姓名，或创作者手机号（11 位，精确匹配） */
                q?: string;
                /** @description 创作者评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意 */
                rating?: number;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "priority" | "nextDueAt";
                /** @description 逗号分隔的状态 */
                status?: ("draft" | "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated" | "resolved" | "closed" | "rejected" | "withdrawn")[];
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV（UTF-8 带 BOM）或 XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DashboardController_monthlyReport: {
        parameters: {
            query?: {
                /** @description 月份（上海时间）；默认为上个月 */
                month?: string;
                /** @description 集聚区；集聚区主管默认为本集聚区，全市主管必填 */
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 月报数据 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReportResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_figures: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonFiguresResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DashboardController_table: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                /** @description 开始日期（上海时间，含当天）；默认为结束日期前第 29 天 */
                from?: string;
                /** @description 只看一个服务项目；不填为全部 */
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                /** @description 结束日期（上海时间，含当天）；默认为今天 */
                to?: string;
                /** @description 只看一个集聚区；集聚区主管只能是本集聚区，全市主管不填则两区并列 */
                zoneId?: string;
            };
            header?: never;
            path: {
                table: "trend" | "summary" | "backlog" | "sla" | "overdue" | "due-soon" | "escalations-by-authority" | "escalations-by-outcome" | "handling" | "satisfaction" | "agents" | "shield-categories" | "shield-platforms" | "rates";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV（UTF-8 带 BOM）或 XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_desk: {
        parameters: {
            query?: {
                code?: string;
                /** @description 北京时间日期，默认今天 */
                date?: string;
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CasesController_escalations: {
        parameters: {
            query?: {
                /** @description 账号 id，或 me 表示我自己，或 none 表示未分派 */
                assigneeId?: string;
                /** @description 曾上报至该网信办的案件（含已退回、已继续上报的），与看板“按网信办”同口径 */
                authorityId?: string;
                /** @description 案件类别（见 GET /programmes 各项目的 categories） */
                category?: "honour_recommendation" | "self_nomination" | "extortion" | "defamation" | "smear" | "cyberviolence" | "impersonation" | "doxxing" | "other" | "policy_interpretation" | "compliance_guidance" | "tech_matching" | "law_revision_suggestion";
                channel?: "online" | "walk_in" | "phone" | "onsite" | "salon";
                createdFrom?: string;
                createdTo?: string;
                /** @description 只看即将超时（已过 75%） */
                dueSoon?: boolean;
                /** @description 逗号分隔的案件 id（最多 100 个）：只含这些案件，如导出所选 */
                ids?: string[];
                /** @description 只看已超时 */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description 盾牌行动申请时填写的侵权平台（intake.platform）；只含盾牌行动案件 */
                platform?: "bilibili" | "xiaohongshu" | "douyin" | "weibo" | "wechat_channels" | "kuaishou" | "zhihu" | "other";
                priority?: "low" | "normal" | "high" | "urgent";
                programme?: "starlight" | "shield" | "compliance" | "legislation";
                /** @description 搜索编号、标题、描述、创作者姓名，或创作者手机号（11 位，精确匹配） */
                q?: string;
                /** @description 创作者评价：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意 */
                rating?: number;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "priority" | "nextDueAt";
                /** @description 逗号分隔的状态 */
                status?: ("draft" | "submitted" | "accepted" | "in_progress" | "awaiting_creator" | "escalated" | "resolved" | "closed" | "rejected" | "withdrawn")[];
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *           "reference": "HP-SHD-2026-000123",
                     *           "programme": "shield",
                     *           "category": "cyberviolence",
                     *           "zoneId": "huangpu",
                     *           "status": "escalated",
                     *           "priority": "urgent",
                     *           "channel": "online",
                     *           "title": "视频评论区遭遇有组织网暴",
                     *           "creatorName": "阿喵UP主",
                     *           "assignee": {
                     *             "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *             "displayName": "黄浦·李专员"
                     *           },
                     *           "escalationAuthorityId": "cac_huangpu",
                     *           "createdAt": "2026-03-02T01:30:00.000Z",
                     *           "submittedAt": "2026-03-02T01:30:00.000Z",
                     *           "updatedAt": "2026-03-02T02:10:00.000Z",
                     *           "nextDueAt": "2026-03-03T01:30:00.000Z",
                     *           "overdue": false
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "totalCapped": false,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": components["schemas"]["CasePageResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CaseLiveController_events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件流；每条 `case` 事件的 data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["LiveCaseEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_suggest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionStatsResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_suggestions: {
        parameters: {
            query?: {
                consultationId?: string;
                state?: "unanswered" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerSuggestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2dcfecfa-1b8d-4364-a074-417a26572bc6",
                     *       "role": "agent",
                     *       "displayName": "黄浦·李专员",
                     *       "zoneId": "huangpu",
                     *       "authorityId": null
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 只看未读 */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "42",
                     *           "kind": "materials_requested",
                     *           "kindLabel": "补正告知",
                     *           "title": "请补充材料",
                     *           "body": "您的案件「视频评论区遭遇有组织网络暴力」（HP-SHD-2026-000123）需要补充以下材料：1. 侵权页面截图……",
                     *           "caseId": "6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23",
                     *           "caseReference": "HP-SHD-2026-000123",
                     *           "createdAt": "2026-11-26T02:00:00.000Z",
                     *           "readAt": null
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "unread": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": components["schemas"]["InboxPageResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_readCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedCaseReadResponse"];
                };
            };
            /** @description caseId 不是案件 id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedAllReadResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InboxController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConsultationsController_publicList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConsultationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublicQualityController_publicFigures: {
        parameters: {
            query?: {
                /** @description 起始月份（默认近 12 个月） */
                from?: string;
                /** @description 截止月份（默认本月） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicQualityFiguresResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_listAppeals: {
        parameters: {
            query?: {
                status?: "pending" | "upheld" | "voided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评价申诉（待审核的在前） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingAppealResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingAppealResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_ledger: {
        parameters: {
            query?: {
                /** @description 收到差评的月份（上海时间），不填为全部 */
                month?: string;
                status?: "contacting" | "rectifying" | "rectified" | "rerated" | "voided";
                /** @description 全市主管可按集聚区筛选 */
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_ledgerXlsx: {
        parameters: {
            query?: {
                /** @description 收到差评的月份（上海时间），不填为全部 */
                month?: string;
                status?: "contacting" | "rectifying" | "rectified" | "rerated" | "voided";
                /** @description 全市主管可按集聚区筛选 */
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingAppealResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_rectify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_rerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RerateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    QualityController_saveSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualitySettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySettingsResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReceiptsController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 回执 PDF（中文，内嵌字体，附核验码与二维码） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_returnVisits: {
        parameters: {
            query?: {
                /** @description true：仅待回访；false：仅已回访 */
                pending?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnVisitResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_recordVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReturnVisitDto"];
            };
        };
        responses: {
            /** @description 回访结果（未解决：案件重新办理） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnVisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_list: {
        parameters: {
            query?: {
                when?: "upcoming" | "past" | "all";
                zoneId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishSalonDto"];
            };
        };
        responses: {
            /** @description 发布的活动 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 取消报名后的活动（空出的名额已递补给候补第一位） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_raiseCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalonCaseDto"];
            };
        };
        responses: {
            /** @description 登记的沙龙案件 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonCaseResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalonCheckInDto"];
            };
        };
        responses: {
            /** @description 签到后的报名 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateSalonDto"];
            };
        };
        responses: {
            /** @description 评价后的活动 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报名后的活动（mine 为本人的报名或候补位置） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalonEventResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SalonsController_registrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointmentsController_servicePoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各集聚区一站式服务点：地址、开放时间（工作日，含调休上班日）、服务内容 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShieldCaseResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_packet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PacketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePacketResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCasesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkGroupResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_matches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShieldMatchResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShieldCaseResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformRequestResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_refer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PoliceReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceReferralResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_packetContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_escalateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupEscalateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkGroupResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_resolveGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupResolveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkGroupResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_letter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_respond: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformRequestResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_updateReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralUpdateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceReferralResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShieldController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformResponseStatsResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_list: {
        parameters: {
            query?: {
                caseId?: string;
                roundId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_listRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HonourRoundResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HonourRoundResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HonourRoundResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_nominate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            /** @description 申报即立案：答复为新案件的详情 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_rank: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StarlightController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_orders: {
        parameters: {
            query?: {
                /** @description true：仅未答复；false：仅已答复 */
                open?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_transfers: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已接收：案件转入本集聚区待受理队列 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DispatchController_returnTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnTransferDto"];
            };
        };
        responses: {
            /** @description 已退回：案件继续由原集聚区办理 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerificationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 16 位字母数字，可含连字符与空格 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_forDesk: {
        parameters: {
            query?: {
                status?: "requested" | "scheduled" | "confirmed" | "reschedule_requested" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitDto"];
            };
        };
        responses: {
            /** @description 上门记录（材料附 SHA-256 与 SM3 指纹，写入案件进展） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VisitsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleVisitDto"];
            };
        };
        responses: {
            /** @description 安排后的上门服务（创作者收到通知与短信） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ZonesController_listZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 集聚区列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "huangpu",
                     *         "name": "黄浦区集聚区",
                     *         "code": "HP",
                     *         "authorityId": "cac_huangpu",
                     *         "active": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Zone"][];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 进程在运行 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponse"];
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description 请求参数有误（validation_failed）：errors 逐项列出字段及原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
